//! The shape of the report. One `Report` is read from `data/report.toml`,
//! validated against the seed, completed with derived figures, and embedded.

use serde::{Deserialize, Serialize};

/// A text in both languages. Chinese is the original or our paraphrase;
/// English is always our translation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// The page's two languages. Chinese is the default: the report is for
/// Xining's citizens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// The short code used in URLs, file names and storage: "zh", "en".
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionId {
    Tourism,
    Health,
    Green,
    Hotline,
}

impl SectionId {
    pub const ALL: [SectionId; 4] = [Self::Tourism, Self::Health, Self::Green, Self::Hotline];

    /// The URL fragment and DOM id of the section.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Tourism => "tourism",
            Self::Health => "health",
            Self::Green => "green",
            Self::Hotline => "hotline",
        }
    }
}

/// The four kinds of text the seed page is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// 【报告摘登】: excerpts of the government work report.
    ReportExcerpt,
    /// A bylined news article quoting deputies and officials.
    Article,
    /// The 12345 hotline's daily bulletin.
    Bulletin,
    /// A headline of the page.
    Headline,
}

/// One piece of the seed page: a report excerpt, an article, the bulletin
/// or a headline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceText {
    pub id: String,
    pub kind: SourceKind,
    pub section: SectionId,
    /// The byline as printed, e.g. "记者 张艳艳"; none for report excerpts,
    /// the bulletin and headlines.
    #[serde(default)]
    pub byline: Option<String>,
    /// Its title, verbatim from the seed, where the page gives one.
    #[serde(default)]
    pub title: Option<String>,
    /// What the text is, in our words.
    pub label: Text,
}

/// Where a fact comes from: which text, who said it, and the exact sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Id of a `SourceText`.
    pub text: String,
    /// Id of a `Person`; none when the text itself states the fact
    /// (the reporter's narration, the report excerpt, the bulletin).
    #[serde(default)]
    pub speaker: Option<String>,
    /// Chinese, verbatim from the seed (whitespace aside).
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    /// Chinese name verbatim; English in pinyin.
    pub name: Text,
    /// The role as the seed gives it (Chinese verbatim) and our translation.
    pub role: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub id: String,
    pub section: SectionId,
    pub speaker: String,
    /// Id of the `SourceText` the quote appears in.
    pub text: String,
    /// Verbatim from the seed.
    pub zh: String,
    /// Our translation.
    pub en: String,
}

/// The words the seed puts around a number that change what it claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Qualifier {
    /// "more than": 2000余人, 10余场.
    #[serde(rename = "余")]
    MoreThan,
    /// "passed": 突破1000万.
    #[serde(rename = "突破")]
    Passed,
    /// "or above": Ⅲ类及以上.
    #[serde(rename = "以上")]
    OrAbove,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub zh: String,
    pub en: String,
    #[serde(default)]
    pub style: NumberStyle,
}

/// How a value reads in English; Chinese always shows the seed's own words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NumberStyle {
    /// A count followed by its unit: "2,000+ people".
    #[default]
    Count,
    /// A percentage on a 0–100 scale: "69.59%".
    Percent,
    /// A place in a ranking: "1st".
    Rank,
    /// A water-quality class in Roman numerals: "class III or above".
    Class,
    /// A bare number, such as an index value: "89.03".
    Plain,
}

/// A quantity the seed states.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub section: SectionId,
    pub value: f64,
    /// Upper end, for a range such as 1800名至2200名.
    #[serde(default)]
    pub max: Option<f64>,
    pub unit: Unit,
    #[serde(default)]
    pub qualifier: Option<Qualifier>,
    /// Exactly as printed in the seed, e.g. "172.59万" or "2000余人".
    pub as_written: String,
    pub label: Text,
    pub source: Source,
}

/// A figure we compute from reported ones; never typed into the data file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DerivedFigure {
    pub id: String,
    pub section: SectionId,
    pub value: f64,
    pub unit: Unit,
    pub label: Text,
    /// The formula with the input figures as written, e.g.
    /// "1,725,900 ÷ 821 ≈ 2,102".
    pub formula: Text,
    /// Ids of the reported figures it is computed from.
    pub inputs: Vec<String>,
    /// What the number does not say.
    pub caveat: Text,
}

/// A statement without a number of its own (a name, a plan, a model of care),
/// kept with the sentence it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub id: String,
    pub section: SectionId,
    pub text: Text,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: SectionId,
    pub title: Text,
    /// Our short lead, a paraphrase of the sentences in `lead_sources`.
    pub lead: Text,
    pub lead_sources: Vec<String>,
    /// Ids of the figures shown as large numbers, in reading order.
    pub key_figures: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChartShape {
    /// Horizontal bars of figures in one unit.
    Bars,
    /// The parts of a whole, in one bar.
    Parts,
    /// A 10 × 10 pictogram of one percentage.
    Pictogram,
    /// The four seasons with their themes and how many explorer items each has.
    Seasons,
}

/// A chart's words: title is the takeaway a citizen would say, `label` the
/// neutral description under it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chart {
    pub id: String,
    pub shape: ChartShape,
    pub section: SectionId,
    pub takeaway: Text,
    pub label: Text,
    /// Ids of the figures (reported or derived) the chart draws.
    pub figures: Vec<String>,
    /// For `parts`: the figure the parts make up; a test holds their sum to it.
    #[serde(default)]
    pub whole: Option<String>,
    /// The seed sentences the takeaway paraphrases.
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    pub const ALL: [Season; 4] = [Self::Spring, Self::Summer, Self::Autumn, Self::Winter];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemType {
    Theme,
    Event,
    Activity,
    Place,
    Service,
}

impl ItemType {
    pub const ALL: [ItemType; 5] = [
        Self::Theme,
        Self::Event,
        Self::Activity,
        Self::Place,
        Self::Service,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Held2024,
    Place,
    Planned,
    Proposed,
}

impl Status {
    pub const ALL: [Status; 4] = [Self::Held2024, Self::Place, Self::Planned, Self::Proposed];
}

/// One thing the tourism explorer lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExplorerItem {
    pub id: String,
    pub name: Text,
    #[serde(rename = "type")]
    pub item_type: ItemType,
    pub status: Status,
    /// Only the seasons the seed ties the item to; empty means
    /// "season not stated".
    #[serde(default)]
    pub seasons: Vec<Season>,
    /// One line about the item, in our words.
    pub note: Text,
    pub source: Source,
}

/// The page's own words: what it is and what it is not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Text,
    pub subtitle: Text,
    /// The session the seed names, verbatim.
    pub session: Text,
    /// Sentences of the seed that name the session.
    pub session_sources: Vec<String>,
}

/// The report as an editor writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportSource {
    pub meta: Meta,
    pub sections: Vec<Section>,
    pub texts: Vec<SourceText>,
    pub people: Vec<Person>,
    pub figures: Vec<Figure>,
    pub facts: Vec<Fact>,
    pub quotes: Vec<Quote>,
    pub charts: Vec<Chart>,
    pub explorer: Vec<ExplorerItem>,
}

/// The report as the app reads it: the validated source plus the figures
/// computed from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    // Not flattened: serde's flatten buffers the whole input and costs the
    // wasm bundle tens of kilobytes.
    pub source: ReportSource,
    pub derived: Vec<DerivedFigure>,
}
