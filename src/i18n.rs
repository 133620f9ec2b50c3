//! Every interface string in both languages. Each struct is filled once
//! per language, so a string missing in either language is a compile
//! error. `Strings` holds the words the islands use, the only ones the wasm
//! links; `PageStrings` and `PictureStrings` (native only) those of the
//! static page and of the chart pictures, written at build time.

use report_data::{ItemType, Lang, Season, SectionId, Status};

/// The islands' words (toolbar, section bar, share, charts, explorer and
/// the source mark they share with the page): the wasm links these and no
/// others.
pub struct Strings {
    pub page_title: &'static str,
    pub sections_nav: &'static str,
    /// Short names of the sections for the navigation; the method section
    /// is `method_title`. A `match`, so a new section cannot go unnamed.
    pub section_short: fn(SectionId) -> &'static str,
    pub text_size: &'static str,
    /// The text-size steps, smallest first.
    pub text_sizes: [&'static str; 4],
    pub dark_mode: &'static str,
    /// The masthead's group of text size, colours, pointer and read aloud.
    pub reading_aids: &'static str,
    pub high_contrast: &'static str,
    /// Desktop only: the toggle is hidden on touch screens.
    pub large_pointer: &'static str,
    /// Read aloud's buttons (`static/read-aloud.js` shows the ones that fit).
    pub read_aloud: &'static str,
    pub pause: &'static str,
    pub resume: &'static str,
    pub stop: &'static str,
    /// Announced while reading and while paused (by the script, which
    /// reads them from the control's data attributes).
    pub reading: &'static str,
    pub paused: &'static str,
    pub share: &'static str,
    pub link_copied: &'static str,
    /// Shown before the link when the clipboard refuses it.
    pub copy_this_link: &'static str,
    pub source: &'static str,
    pub chart_keys: &'static str,
    pub method_title: &'static str,
    pub explorer: ExplorerStrings,
}

/// The tourism explorer's words. Names of enum values are `match`es, so a
/// new variant without its words does not compile.
pub struct ExplorerStrings {
    pub title: &'static str,
    pub season_legend: &'static str,
    pub all_seasons: &'static str,
    pub season: fn(Season) -> &'static str,
    pub type_legend: &'static str,
    pub item_type: fn(ItemType) -> &'static str,
    pub status_legend: &'static str,
    /// One line under the status filter: where statuses come from.
    pub status_note: &'static str,
    pub status: fn(Status) -> &'static str,
    pub search_label: &'static str,
    pub theme_label: &'static str,
    pub result_count: fn(usize) -> String,
    /// Heading of the seasonal list for one season.
    pub tied_to_season: fn(Season) -> &'static str,
    /// Heading of the seasonal list when every season is shown.
    pub tied_to_any: &'static str,
    pub not_stated: fn(usize) -> String,
    pub not_stated_note: &'static str,
    pub group_empty: &'static str,
    pub empty: &'static str,
    pub reset: &'static str,
    pub list_separator: &'static str,
}

const ZH: Strings = Strings {
    page_title: "西宁2024 · 互动报告",
    sections_nav: "章节",
    section_short: |s| match s {
        SectionId::Tourism => "文旅",
        SectionId::Health => "家庭医生",
        SectionId::Green => "绿色发展",
        SectionId::Hotline => "12345热线",
    },
    text_size: "字号",
    text_sizes: ["小", "中", "大", "特大"],
    dark_mode: "深色模式",
    reading_aids: "阅读辅助",
    high_contrast: "高对比度",
    large_pointer: "大鼠标指针",
    read_aloud: "朗读",
    pause: "暂停",
    resume: "继续",
    stop: "停止",
    reading: "正在朗读",
    paused: "已暂停",
    share: "分享",
    link_copied: "链接已复制",
    copy_this_link: "请复制链接：",
    source: "来源",
    chart_keys: "（用方向键逐项查看数值，Esc 关闭提示）",
    method_title: "来源与方法",
    explorer: ExplorerStrings {
        title: "文旅项目选列",
        season_legend: "季节（选一项）",
        all_seasons: "全部",
        season: |s| match s {
            Season::Spring => "春季",
            Season::Summer => "夏季",
            Season::Autumn => "秋季",
            Season::Winter => "冬季",
        },
        type_legend: "类型（可多选）",
        item_type: |t| match t {
            ItemType::Theme => "季节主题",
            ItemType::Event => "活动赛事",
            ItemType::Activity => "特色活动",
            ItemType::Place => "地点",
            ItemType::Service => "服务",
        },
        status_legend: "状态（可多选）",
        status_note: "状态照原文的用词标注（举办、开通、推出、建立、获评、推进、策划……）；“代表谈到的打算”“代表的建议”是人大代表在采访中所说。",
        status: |s| match s {
            Status::Held => "已举办",
            Status::Opened => "已开通或推出",
            Status::Built => "已打造或建立",
            Status::Named => "获评或成为新地标",
            Status::UnderWay => "正在推进",
            Status::Devised => "已策划",
            Status::Listed => "报告列为引流聚势",
            Status::DeputyPlan => "代表谈到的打算",
            Status::DeputyProposal => "代表的建议",
        },
        search_label: "按名称搜索（中文或英文）",
        theme_label: "当季主题：",
        result_count: |n| format!("显示 {n} 项"),
        tied_to_season: |s| match s {
            Season::Spring => "与春季相关",
            Season::Summer => "与夏季相关",
            Season::Autumn => "与秋季相关",
            Season::Winter => "与冬季相关",
        },
        tied_to_any: "标明季节的项目",
        not_stated: |n| format!("未注明季节的项目（{n}项）"),
        not_stated_note: "原文没有把这些项目与某个季节联系起来。",
        group_empty: "这一组没有符合条件的项目。",
        empty: "没有符合当前条件的项目。",
        reset: "重置筛选",
        list_separator: "、",
    },
};

const EN: Strings = Strings {
    page_title: "Xining 2024 · an interactive report",
    sections_nav: "Sections",
    section_short: |s| match s {
        SectionId::Tourism => "Culture & tourism",
        SectionId::Health => "Family doctors",
        SectionId::Green => "Green",
        SectionId::Hotline => "12345 hotline",
    },
    text_size: "Text size",
    text_sizes: ["Small", "Medium", "Large", "Largest"],
    dark_mode: "Dark mode",
    reading_aids: "Reading aids",
    high_contrast: "High contrast",
    large_pointer: "Large pointer",
    read_aloud: "Read aloud",
    pause: "Pause",
    resume: "Resume",
    stop: "Stop",
    reading: "Reading aloud",
    paused: "Paused",
    share: "Share",
    link_copied: "Link copied",
    copy_this_link: "Copy this link: ",
    source: "Source",
    chart_keys: "(use the arrow keys to read each value; Escape closes the tooltip)",
    method_title: "Sources and method",
    explorer: ExplorerStrings {
        title: "Culture and tourism items: a selection",
        season_legend: "Season (pick one)",
        all_seasons: "All",
        season: |s| match s {
            Season::Spring => "Spring",
            Season::Summer => "Summer",
            Season::Autumn => "Autumn",
            Season::Winter => "Winter",
        },
        type_legend: "Type (any number)",
        item_type: |t| match t {
            ItemType::Theme => "Seasonal theme",
            ItemType::Event => "Event",
            ItemType::Activity => "Featured activity",
            ItemType::Place => "Place",
            ItemType::Service => "Service",
        },
        status_legend: "Status (any number)",
        status_note: "Statuses follow the source’s words (held, opened, launched, set up, named, under way, devised …); deputies’ plans and proposals are what they said in interviews.",
        status: |s| match s {
            Status::Held => "Held",
            Status::Opened => "Opened / launched",
            Status::Built => "Built / set up",
            Status::Named => "Named / a landmark",
            Status::UnderWay => "Under way",
            Status::Devised => "Devised",
            Status::Listed => "Listed as drawing crowds",
            Status::DeputyPlan => "Deputy’s plan",
            Status::DeputyProposal => "Deputy’s proposal",
        },
        search_label: "Search names (Chinese or English)",
        theme_label: "Theme of the season: ",
        result_count: |n| match n {
            1 => "Showing 1 item".to_string(),
            n => format!("Showing {n} items"),
        },
        tied_to_season: |s| match s {
            Season::Spring => "Tied to spring",
            Season::Summer => "Tied to summer",
            Season::Autumn => "Tied to autumn",
            Season::Winter => "Tied to winter",
        },
        tied_to_any: "Tied to a season",
        not_stated: |n| format!("Items with no season stated ({n})"),
        not_stated_note: "The news page ties these to no season.",
        group_empty: "Nothing in this group matches.",
        empty: "No items match these filters.",
        reset: "Reset filters",
        list_separator: ", ",
    },
};

/// The words only the static page uses: its shell, headings, notes,
/// tables, quotes and method. Apart from `Strings` and native only, like
/// `PictureStrings`: the page is written at build time and never hydrated,
/// so the wasm links none of them.
#[cfg(not(target_arch = "wasm32"))]
pub struct PageStrings {
    /// The `lang` attribute value of a page in this language.
    pub html_lang: &'static str,
    /// This language's own name, for the switch that leads to it.
    pub language_name: &'static str,
    /// The name under a home-screen icon.
    pub short_name: &'static str,
    /// Given the session's name (`meta.session`): also the manifest's.
    pub page_description: fn(&str) -> String,
    /// Open Graph locale.
    pub og_locale: &'static str,
    /// Shown when script is off (the report itself is prerendered).
    pub noscript_notice: &'static str,
    /// Shown when the interactive layer cannot start (static/boot.js).
    pub no_app_notice: &'static str,
    /// Beside the explorer and each chart when it cannot (style.css shows
    /// them under html[data-app-failed]): what still works there.
    pub explorer_off: &'static str,
    pub chart_off: &'static str,
    pub skip_link: &'static str,
    /// The accessible name of a heading's link, before the heading.
    pub permalink: &'static str,
    /// The link's visible words.
    pub permalink_text: &'static str,
    /// Under the title, given the session's name: what the source is and
    /// what it does not say.
    pub provenance: fn(&str) -> String,
    pub glance_title: &'static str,
    /// The summary of a section's folded list of everything, with its count.
    pub all_facts: fn(usize) -> String,
    /// The summary of a glossary note: "什么是“履约率”？".
    pub what_is: fn(&str) -> String,
    /// After a glossary meaning: it is ours, not the seed's.
    pub our_note: &'static str,
    /// Heading of the downloads in sources and method.
    pub downloads: &'static str,
    /// The button at the start of the opening and of each section.
    pub read_part: &'static str,
    /// Names the folded table of a chart's numbers.
    pub data_table: &'static str,
    pub table_item: &'static str,
    pub table_value: &'static str,
    pub voices: &'static str,
    /// Heading over reported speech: words the seed gives without quotation
    /// marks, shown as an account, never as a quote.
    pub reported: &'static str,
    pub reported_by: fn(&str) -> String,
    pub our_translation: &'static str,
    /// On the English page, the summary that unfolds a quote's Chinese.
    pub original: &'static str,
    /// Given the session's name.
    pub method_seed: fn(&str) -> String,
    /// The summary over the list of the kinds of text on the page.
    pub method_texts: &'static str,
    pub kind_report: &'static str,
    pub kind_article: &'static str,
    pub kind_bulletin: &'static str,
    pub kind_headline: &'static str,
    pub method_no_date: &'static str,
    pub method_translation: &'static str,
    /// What the glossary notes are: ours, not the news page's.
    pub method_notes: &'static str,
    pub derived_title: &'static str,
    pub formula: &'static str,
    pub download_all: &'static str,
}

#[cfg(not(target_arch = "wasm32"))]
const ZH_PAGE: PageStrings = PageStrings {
    html_lang: "zh-Hans",
    language_name: "中文",
    short_name: "西宁2024",
    page_description: |session| {
        format!(
            "一个新闻版面，含{session}期间的采访、【报告摘登】和12345热线日报：文旅、家庭医生、绿色发展与12345热线；报道中的每个数字都附有原文出处，推算的数字附有算法。"
        )
    },
    og_locale: "zh_CN",
    noscript_notice: "本页的互动功能需要 JavaScript；报道全文照常可读。",
    no_app_notice: "本页的互动功能在此浏览器中无法运行；报道全文照常可读。",
    explorer_off: "筛选功能无法运行；下面列出本选列的全部项目。",
    chart_off: "图表的互动提示无法运行；图和数据表照常可读。",
    skip_link: "跳到正文",
    permalink: "本节链接：",
    permalink_text: "本节链接",
    provenance: |session| {
        format!(
            "来源：一个新闻版面，含几篇报道（其中一篇是记者在{session}期间连线人大代表的采访）、【报告摘登】和12345热线日报。版面没有写明刊发媒体和出版日期。"
        )
    },
    glance_title: "一览",
    all_facts: |n| format!("本节全部数字和事实（{n}项）"),
    what_is: |term| format!("什么是“{term}”？"),
    our_note: "（本页注释）",
    downloads: "下载数据",
    read_part: "朗读这部分",
    data_table: "数据表",
    table_item: "项目",
    table_value: "数值",
    voices: "他们这样说",
    reported: "转述（原文未加引号）",
    reported_by: |name| format!("据{name}所述："),
    our_translation: "（英文为本页译文）",
    original: "原文",
    method_seed: |session| {
        format!(
            "本页的数字和引语都来自同一个新闻版面：其中有几篇报道（其中一篇是{session}期间的采访）、【报告摘登】和12345热线日报。报道中的每个数字都附有版面原句，点“来源”即可查看；本页推算的数字标明“推算”，附算法而不附原句。"
        )
    },
    method_texts: "版面由哪几类文字组成",
    kind_report: "【报告摘登】",
    kind_article: "记者报道",
    kind_bulletin: "12345热线工作日报",
    kind_headline: "标题",
    method_no_date: "版面没有写明刊发媒体和出版日期；本页也不作推测。",
    method_translation: "英文版为本页的翻译，人名用拼音；中文原句一字未改。",
    method_notes: "“什么是……”的注释是本页给出的一般背景知识，不出自版面。",
    derived_title: "推算数字",
    formula: "算法：",
    download_all: "下载全部数字及原句（CSV）",
};

#[cfg(not(target_arch = "wasm32"))]
const EN_PAGE: PageStrings = PageStrings {
    html_lang: "en",
    language_name: "English",
    short_name: "Xining 2024",
    page_description: |session| {
        format!(
            "One news page, with interviews during the {session}, report excerpts and a 12345 hotline bulletin: culture and tourism, family doctors, green development and the 12345 hotline; every reported figure with its source sentence, every derived one with its formula."
        )
    },
    og_locale: "en_US",
    noscript_notice: "The interactive features of this page need JavaScript; the whole report can still be read.",
    no_app_notice: "The interactive features of this page cannot run in this browser; the whole report can still be read.",
    explorer_off: "The filters cannot run here; every item of this selection is listed below.",
    chart_off: "The chart’s tooltips cannot run here; the chart and its data table can still be read.",
    skip_link: "Skip to the report",
    permalink: "Link to this section: ",
    permalink_text: "Link",
    provenance: |session| {
        format!(
            "Source: one news page of articles (one interviewing deputies during the {session}), “report excerpts” and a 12345 hotline bulletin. It names no outlet and no publication date."
        )
    },
    glance_title: "At a glance",
    all_facts: |n| format!("All figures and facts in this section ({n})"),
    what_is: |term| format!("What does “{term}” mean?"),
    our_note: " (our note)",
    downloads: "Download the data",
    read_part: "Read this part aloud",
    data_table: "Data table",
    table_item: "Item",
    table_value: "Value",
    voices: "In their words",
    reported: "Reported speech (not in quotation marks in the original)",
    reported_by: |name| format!("According to {name}: "),
    our_translation: "(our translation)",
    original: "The original Chinese",
    method_seed: |session| {
        format!(
            "Every figure and quote on this page comes from one news page: articles (one with interviews during the {session}), “report excerpts” and a 12345 hotline bulletin. Each reported figure carries its sentence (tap “Source”); derived figures are marked “derived” and carry their formula."
        )
    },
    method_texts: "The kinds of text on the news page",
    kind_report: "“Report excerpts”, as the news page heads them",
    kind_article: "Reporters’ articles",
    kind_bulletin: "The daily bulletin on the 12345 hotline",
    kind_headline: "Headlines",
    method_no_date: "The news page names no publication and no date of publication; neither do we.",
    method_translation: "The English text is our translation, with names in pinyin; Chinese source sentences are quoted unchanged.",
    method_notes: "The “What does … mean?” notes are general background we add, not the news page’s.",
    derived_title: "Derived figures",
    formula: "Formula: ",
    download_all: "Download every figure with its source sentence (CSV)",
};

#[cfg(not(target_arch = "wasm32"))]
pub fn page_strings(lang: Lang) -> &'static PageStrings {
    match lang {
        Lang::Zh => &ZH_PAGE,
        Lang::En => &EN_PAGE,
    }
}

impl ExplorerStrings {
    pub fn tied_to(&self, season: Option<Season>) -> &'static str {
        season.map_or(self.tied_to_any, self.tied_to_season)
    }

    /// "秋季、冬季" / "Autumn, Winter".
    pub fn season_list(&self, seasons: &[Season]) -> String {
        seasons
            .iter()
            .map(|&s| (self.season)(s))
            .collect::<Vec<_>>()
            .join(self.list_separator)
    }
}

/// The words of the chart pictures and their share pages. Apart from
/// `Strings` and native only: the build writes them, the wasm never does,
/// so they cost it no bytes. Every word in a picture is a claim: the source
/// line says only where the figures come from.
#[cfg(not(target_arch = "wasm32"))]
pub struct PictureStrings {
    /// Under every picture: before, between and after the labels of the
    /// texts its figures come from (`pictures::compose::source_line`).
    pub source: &'static str,
    pub source_join: &'static str,
    /// Ends a label before the source line in a share page's description.
    pub end: &'static str,
    /// Around a text's date, after its label.
    pub date_open: &'static str,
    pub date_close: &'static str,
    pub source_page: &'static str,
    /// Before a chart's picture links, in its folded data table.
    pub save_picture: &'static str,
    pub png: &'static str,
    pub svg: &'static str,
    /// The share page's visible link to the chart in the report.
    pub see_chart: &'static str,
}

#[cfg(not(target_arch = "wasm32"))]
pub fn picture_strings(lang: Lang) -> &'static PictureStrings {
    match lang {
        Lang::Zh => &PictureStrings {
            source: "来源：",
            source_join: "；",
            end: "。",
            date_open: "（",
            date_close: "）",
            source_page: "。出自一个新闻版面，未写明刊发媒体和出版日期。",
            save_picture: "保存图片：",
            png: "PNG 图片",
            svg: "SVG",
            see_chart: "在报告中查看此图表",
        },
        Lang::En => &PictureStrings {
            source: "Source: ",
            source_join: "; ",
            end: ".",
            date_open: " (",
            date_close: ")",
            source_page: ". From one news page; it names no outlet and no publication date.",
            save_picture: "Save the picture: ",
            png: "PNG picture",
            svg: "SVG",
            see_chart: "See this chart in the report",
        },
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

    /// Destructures `$value` as `$ty` whole, so a new field does not
    /// compile until it is named here: the plain strings before `;` are
    /// collected, the rest (functions, arrays, nested structs) bound for
    /// the caller to read.
    macro_rules! texts {
        ($value:expr, $ty:ident { $($text:ident),* ; $($other:ident),* }) => {{
            let $ty { $($text,)* $($other,)* } = $value;
            (vec![$($text.to_string()),*], ($($other,)*))
        }};
    }

    /// Every interface string in `lang`, the formatted ones filled with a
    /// count of 1 and the session's name.
    #[cfg(not(target_arch = "wasm32"))]
    fn every_string(lang: Lang) -> Vec<String> {
        let session = crate::embedded::report().source.meta.session.get(lang);
        let (mut out, (section_short, text_sizes, explorer)) = texts!(strings(lang), Strings {
            page_title, sections_nav, text_size, dark_mode, reading_aids, high_contrast,
            large_pointer, read_aloud, pause, resume, stop, reading, paused, share, link_copied,
            copy_this_link, source, chart_keys, method_title;
            section_short, text_sizes, explorer
        });
        let (texts, (season, item_type, status, result_count, tied_to_season, not_stated)) = texts!(explorer, ExplorerStrings {
            title, season_legend, all_seasons, type_legend, status_legend, status_note,
            search_label, theme_label, tied_to_any, not_stated_note, group_empty, empty,
            reset, list_separator;
            season, item_type, status, result_count, tied_to_season, not_stated
        });
        out.extend(texts);
        let (texts, (page_description, provenance, all_facts, what_is, reported_by, method_seed)) = texts!(page_strings(lang), PageStrings {
            html_lang, language_name, short_name, og_locale, noscript_notice, no_app_notice,
                explorer_off, chart_off,
            skip_link, permalink, permalink_text, glance_title, our_note, downloads, read_part,
            data_table, table_item, table_value, voices, reported, our_translation, original,
            method_texts, kind_report, kind_article, kind_bulletin, kind_headline,
            method_no_date, method_translation, method_notes, derived_title, formula,
            download_all;
            page_description, provenance, all_facts, what_is, reported_by, method_seed
        });
        out.extend(texts);
        let (texts, ()) = texts!(picture_strings(lang), PictureStrings {
            source, source_join, end, date_open, date_close, source_page, save_picture, png,
            svg, see_chart;
        });
        out.extend(texts);
        out.extend(text_sizes.map(String::from));
        out.extend(SectionId::ALL.map(|s| section_short(s).to_string()));
        out.extend(Season::ALL.map(|s| season(s).to_string()));
        out.extend(Season::ALL.map(|s| tied_to_season(s).to_string()));
        out.extend(ItemType::ALL.map(|t| item_type(t).to_string()));
        out.extend(Status::ALL.map(|s| status(s).to_string()));
        out.extend([
            result_count(1),
            not_stated(1),
            all_facts(1),
            what_is("履约率"),
            reported_by("何伟"),
            page_description(session),
            provenance(session),
            method_seed(session),
        ]);
        out
    }

    /// Our interface words are claims too: every number they write in
    /// digits is one the seed states (the session's 7th and 17th, the
    /// hotline's 12345, the year 2024).
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn interface_strings_state_only_numbers_the_seed_states() {
        use report_data::{grounded_numbers, same, stated_numbers};
        let seed: Vec<f64> = grounded_numbers(include_str!("../data/seed.txt"));
        for lang in [Lang::Zh, Lang::En] {
            for text in every_string(lang) {
                for n in stated_numbers(&text) {
                    assert!(
                        seed.iter().any(|&k| same(k, n)),
                        "«{text}» states {n}, which the seed does not"
                    );
                }
            }
        }
        // The check can fail: a year the seed never gives.
        assert!(!seed.iter().any(|&k| same(k, 2025.0)));
    }

    #[test]
    fn names_match_their_values() {
        let t = &strings(Lang::En).explorer;
        assert_eq!((t.season)(Season::Winter), "Winter");
        assert_eq!((t.item_type)(ItemType::Service), "Service");
        assert_eq!((t.status)(Status::Devised), "Devised");
        assert_eq!(t.tied_to(Some(Season::Spring)), "Tied to spring");
        assert_eq!(t.tied_to(None), "Tied to a season");
        let zh = &strings(Lang::Zh).explorer;
        assert_eq!((zh.season)(Season::Spring), "春季");
        // The seed's own word: 特色活动.
        assert_eq!((zh.item_type)(ItemType::Activity), "特色活动");
        assert_eq!(
            (strings(Lang::Zh).section_short)(SectionId::Hotline),
            "12345热线"
        );
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
