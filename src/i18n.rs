//! Every interface string in both languages. `Strings` is one struct filled
//! twice, so a string missing in either language is a compile error.

use report_data::{ItemType, Lang, Season, Status};

pub struct Strings {
    /// The `lang` attribute value of a page in this language.
    pub html_lang: &'static str,
    /// This language's own name, for the switch that leads to it.
    pub language_name: &'static str,
    pub page_title: &'static str,
    pub page_description: &'static str,
    /// Open Graph locale.
    pub og_locale: &'static str,
    /// Shown when script is off (the report itself is prerendered).
    pub noscript_notice: &'static str,
    /// Shown when the interactive layer cannot start (static/boot.js).
    pub no_app_notice: &'static str,
    pub skip_link: &'static str,
    pub sections_nav: &'static str,
    /// Short names of the sections for the navigation, in `SectionId::ALL`
    /// order; the method section is `method_title`.
    pub section_short: [&'static str; 4],
    /// The accessible name of a heading's "#" link, before the heading.
    pub permalink: &'static str,
    pub text_size: &'static str,
    /// The text-size steps, smallest first.
    pub text_sizes: [&'static str; 4],
    pub dark_mode: &'static str,
    pub share: &'static str,
    pub link_copied: &'static str,
    /// Shown before the link when the clipboard refuses it.
    pub copy_this_link: &'static str,
    pub source: &'static str,
    pub chart_keys: &'static str,
    /// Names the folded table of a chart's numbers.
    pub data_table: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
    pub table_item: &'static str,
    pub table_value: &'static str,
    pub voices: &'static str,
    pub our_translation: &'static str,
    pub more_figures: &'static str,
    pub key_points: &'static str,
    pub method_title: &'static str,
    pub method_seed: &'static str,
    pub kind_report: &'static str,
    pub kind_article: &'static str,
    pub kind_bulletin: &'static str,
    pub kind_headline: &'static str,
    pub method_no_date: &'static str,
    pub method_translation: &'static str,
    pub derived_title: &'static str,
    pub formula: &'static str,
    pub download_all: &'static str,
    pub explorer: ExplorerStrings,
}

/// The tourism explorer's words. Arrays follow the order of the enums'
/// `ALL` constants.
pub struct ExplorerStrings {
    pub title: &'static str,
    pub intro: &'static str,
    pub season_legend: &'static str,
    pub all_seasons: &'static str,
    pub seasons: [&'static str; 4],
    pub type_legend: &'static str,
    pub types: [&'static str; 5],
    pub status_legend: &'static str,
    pub statuses: [&'static str; 4],
    pub search_label: &'static str,
    pub theme_label: &'static str,
    pub result_count: fn(usize) -> String,
    /// Headings of the seasonal list, one per season.
    pub tied_to: [&'static str; 4],
    /// Heading of the seasonal list when every season is shown.
    pub tied_to_any: &'static str,
    pub not_stated: &'static str,
    pub not_stated_note: &'static str,
    pub group_empty: &'static str,
    pub empty: &'static str,
    pub reset: &'static str,
    pub item_seasons: &'static str,
    pub list_separator: &'static str,
}

const ZH: Strings = Strings {
    html_lang: "zh-Hans",
    language_name: "中文",
    page_title: "西宁2024 · 互动报告",
    page_description: "西宁市十七届人大七次会议期间的报道：文旅、家庭医生、绿色发展与12345热线，每个数字都附有原文出处。",
    og_locale: "zh_CN",
    noscript_notice: "本页的互动功能需要 JavaScript；报道全文照常可读。",
    no_app_notice: "本页的互动功能在此浏览器中无法运行；报道全文照常可读。",
    skip_link: "跳到正文",
    sections_nav: "章节",
    section_short: ["文旅", "家庭医生", "绿色发展", "12345热线"],
    permalink: "链接到本节：",
    text_size: "字号",
    text_sizes: ["小", "中", "大", "特大"],
    dark_mode: "深色模式",
    share: "分享",
    link_copied: "链接已复制",
    copy_this_link: "请复制链接：",
    source: "来源",
    chart_keys: "（用方向键逐项查看数值，Esc 关闭提示）",
    data_table: "数据表",
    download_csv: "下载 CSV",
    download_json: "下载 JSON",
    table_item: "项目",
    table_value: "数值",
    voices: "他们这样说",
    our_translation: "（英文为本页译文）",
    more_figures: "更多数字",
    key_points: "要点",
    method_title: "来源与方法",
    method_seed: "本页的全部数字和引语都来自同一个新闻版面：西宁市十七届人大七次会议期间的报道。每个数字都附有版面原句，点“来源”即可查看。版面由以下几类文字组成：",
    kind_report: "政府工作报告摘登",
    kind_article: "记者报道",
    kind_bulletin: "12345热线工作日报",
    kind_headline: "标题",
    method_no_date: "版面没有写明刊发媒体和出版日期；本页也不作推测。",
    method_translation: "英文版为本页的翻译，人名用拼音；中文原句一字未改。",
    derived_title: "推算数字",
    formula: "算法：",
    download_all: "下载全部数字及原句（CSV）",
    explorer: ExplorerStrings {
        title: "四季文旅一览",
        intro: "按季节、类型和状态筛选本版提到的文旅项目。",
        season_legend: "季节",
        all_seasons: "全部",
        seasons: ["春季", "夏季", "秋季", "冬季"],
        type_legend: "类型",
        types: ["季节主题", "活动赛事", "特色项目", "地点", "服务"],
        status_legend: "状态",
        statuses: ["2024年已举办", "现有地点", "计划举办", "建议中"],
        search_label: "按名称搜索（中文或英文）",
        theme_label: "当季主题：",
        result_count: |n| format!("显示 {n} 项"),
        tied_to: ["与春季相关", "与夏季相关", "与秋季相关", "与冬季相关"],
        tied_to_any: "标明季节的项目",
        not_stated: "未注明季节",
        not_stated_note: "原文没有把这些项目与某个季节联系起来，所以在每个季节下都单独列出。",
        group_empty: "这一组没有符合条件的项目。",
        empty: "没有符合当前条件的项目。",
        reset: "重置筛选",
        item_seasons: "季节：",
        list_separator: "、",
    },
};

const EN: Strings = Strings {
    html_lang: "en",
    language_name: "English",
    page_title: "Xining 2024 · an interactive report",
    page_description: "Coverage of the Xining municipal people's congress session: culture and tourism, family doctors, green development and the 12345 hotline, every figure with its source sentence.",
    og_locale: "en_US",
    noscript_notice: "The interactive features of this page need JavaScript; the whole report can still be read.",
    no_app_notice: "The interactive features of this page cannot run in this browser; the whole report can still be read.",
    skip_link: "Skip to the report",
    sections_nav: "Sections",
    section_short: ["Tourism", "Family doctors", "Green", "12345 hotline"],
    permalink: "Link to this section: ",
    text_size: "Text size",
    text_sizes: ["Small", "Medium", "Large", "Largest"],
    dark_mode: "Dark mode",
    share: "Share",
    link_copied: "Link copied",
    copy_this_link: "Copy this link: ",
    source: "Source",
    chart_keys: "(use the arrow keys to read each value; Escape closes the tooltip)",
    data_table: "Data table",
    download_csv: "Download CSV",
    download_json: "Download JSON",
    table_item: "Item",
    table_value: "Value",
    voices: "In their words",
    our_translation: "(our translation)",
    more_figures: "More figures",
    key_points: "Key points",
    method_title: "Sources and method",
    method_seed: "Every figure and quote on this page comes from one news page: coverage of the 7th session of the 17th Xining Municipal People's Congress. Each figure carries the sentence it comes from; tap \"Source\" to read it. The page is made of these kinds of text:",
    kind_report: "Excerpts of the government work report",
    kind_article: "Reporters' articles",
    kind_bulletin: "The 12345 hotline's daily bulletin",
    kind_headline: "Headlines",
    method_no_date: "The page names no publication and no date of publication; neither do we.",
    method_translation: "The English text is our translation, with names in pinyin; the Chinese source sentences are quoted unchanged.",
    derived_title: "Derived figures",
    formula: "Formula: ",
    download_all: "Download every figure with its source sentence (CSV)",
    explorer: ExplorerStrings {
        title: "Tourism through the seasons",
        intro: "Filter the culture and tourism items this page names by season, type and status.",
        season_legend: "Season",
        all_seasons: "All",
        seasons: ["Spring", "Summer", "Autumn", "Winter"],
        type_legend: "Type",
        types: ["Seasonal theme", "Event", "Activity", "Place", "Service"],
        status_legend: "Status",
        statuses: ["Held in 2024", "Existing place", "Planned", "Proposed"],
        search_label: "Search names (Chinese or English)",
        theme_label: "Theme of the season: ",
        result_count: |n| match n {
            1 => "Showing 1 item".to_string(),
            n => format!("Showing {n} items"),
        },
        tied_to: [
            "Tied to spring",
            "Tied to summer",
            "Tied to autumn",
            "Tied to winter",
        ],
        tied_to_any: "Tied to a season",
        not_stated: "Season not stated",
        not_stated_note: "The page ties these to no season, so they are listed apart under every season.",
        group_empty: "Nothing in this group matches.",
        empty: "No items match these filters.",
        reset: "Reset filters",
        item_seasons: "Seasons: ",
        list_separator: ", ",
    },
};

impl ExplorerStrings {
    pub fn season(&self, season: Season) -> &'static str {
        self.seasons[season as usize]
    }

    pub fn item_type(&self, item_type: ItemType) -> &'static str {
        self.types[item_type as usize]
    }

    pub fn status(&self, status: Status) -> &'static str {
        self.statuses[status as usize]
    }

    pub fn tied_to(&self, season: Option<Season>) -> &'static str {
        season.map_or(self.tied_to_any, |s| self.tied_to[s as usize])
    }

    /// "秋季、冬季" / "Autumn, Winter".
    pub fn season_list(&self, seasons: &[Season]) -> String {
        seasons
            .iter()
            .map(|&s| self.season(s))
            .collect::<Vec<_>>()
            .join(self.list_separator)
    }
}

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrays_follow_the_enum_order() {
        let t = &strings(Lang::En).explorer;
        assert_eq!(t.season(Season::Winter), "Winter");
        assert_eq!(t.item_type(ItemType::Service), "Service");
        assert_eq!(t.status(Status::Planned), "Planned");
        assert_eq!(t.tied_to(Some(Season::Spring)), "Tied to spring");
        assert_eq!(t.tied_to(None), "Tied to a season");
        assert_eq!(strings(Lang::Zh).explorer.season(Season::Spring), "春季");
    }

    #[test]
    fn season_lists_and_counts_read_naturally_in_both_languages() {
        let seasons = [Season::Autumn, Season::Winter];
        assert_eq!(
            strings(Lang::Zh).explorer.season_list(&seasons),
            "秋季、冬季"
        );
        assert_eq!(
            strings(Lang::En).explorer.season_list(&seasons),
            "Autumn, Winter"
        );
        assert_eq!((strings(Lang::Zh).explorer.result_count)(12), "显示 12 项");
        assert_eq!(
            (strings(Lang::En).explorer.result_count)(1),
            "Showing 1 item"
        );
        assert_eq!(
            (strings(Lang::En).explorer.result_count)(0),
            "Showing 0 items"
        );
    }
}
