//! Every interface string in both languages. `Strings` is one struct filled
//! twice, so a string missing in either language is a compile error.

use report_data::Lang;

pub struct Strings {
    pub skip_link: &'static str,
    pub sections_nav: &'static str,
    pub source: &'static str,
}

const ZH: Strings = Strings {
    skip_link: "跳到正文",
    sections_nav: "章节",
    source: "来源",
};

const EN: Strings = Strings {
    skip_link: "Skip to the report",
    sections_nav: "Sections",
    source: "Source",
};

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}
