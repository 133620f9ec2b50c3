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
    /// The day it reports on, as the seed gives it, and what the seed does
    /// not say of it ("1月25日（日报未写年份）"): carried by every picture
    /// and download of its figures, which travel without the page.
    #[serde(default)]
    pub date: Option<Text>,
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
    /// Chinese name verbatim; English in pinyin. For a speaker the seed
    /// does not name ("市文旅广电局相关负责人"), the seed's words for them,
    /// and no role.
    pub name: Text,
    /// The role as the seed gives it (Chinese verbatim) and our translation.
    #[serde(default)]
    pub role: Option<Text>,
    /// A shorter form of a long role for the source marks, which repeat it
    /// under every sentence the person says; the full role shows with
    /// their quotes.
    #[serde(default)]
    pub short_role: Option<Text>,
}

impl Person {
    /// The role for a credit line: as the seed gives it, less the seed's
    /// note on how its running text will shorten a name ("（以下简称甘河园区）"),
    /// which belongs to the article, not to the person.
    pub fn credit_role(&self, lang: Lang) -> Option<String> {
        let role = self.role.as_ref()?.get(lang);
        Some(match (role.find("（以下简称"), lang) {
            (Some(start), Lang::Zh) => {
                let end = role[start..]
                    .find('）')
                    .map_or(role.len(), |e| start + e + '）'.len_utf8());
                format!("{}{}", &role[..start], &role[end..])
            }
            _ => role.to_string(),
        })
    }

    /// "何伟（市人大代表、…）" / "He Wei (Deputy …)", with the short role
    /// where there is one; the name alone for an unnamed speaker.
    pub fn named_with_short_role(&self, lang: Lang) -> String {
        let name = self.name.get(lang);
        match (self.short_role.as_ref().or(self.role.as_ref()), lang) {
            (None, _) => name.to_string(),
            (Some(role), Lang::Zh) => format!("{name}（{}）", role.zh),
            (Some(role), Lang::En) => format!("{name} ({})", role.en),
        }
    }
}

/// Whether the seed puts a person's words in quotation marks or reports
/// them ("孙桂萍介绍，…"): only the first may be shown as a quote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Speech {
    /// Inside “…” in the seed; validated.
    #[default]
    Quoted,
    /// Reported speech: shown as "according to …", never as a quote.
    Reported,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub id: String,
    pub section: SectionId,
    pub speaker: String,
    /// Id of the `SourceText` the quote appears in.
    pub text: String,
    #[serde(default)]
    pub speech: Speech,
    /// Verbatim from the seed.
    pub zh: String,
    /// Our translation, whole: nothing of the original left out.
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
    /// "and above" in a grading where lower is better: Ⅲ类及以上 is class
    /// III or better (I–III).
    #[serde(rename = "以上")]
    OrBetter,
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
    /// A water-quality class in Roman numerals: "class III or better".
    Class,
    /// A bare number, such as an index value: "89.03".
    Plain,
    /// Tenths as the seed says them in words, 七八成: "seven to eight in
    /// ten", no more exact in English than in Chinese.
    Tenths,
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
    /// Says what the number counts, in the seed's terms and no more.
    pub label: Text,
    pub source: Source,
    /// Ids of facts the label also states (such as which evaluation a score
    /// comes from), beyond the figure's own sentence.
    #[serde(default)]
    pub rests_on: Vec<String>,
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
    /// What the derivation assumes, and what the number does not say.
    pub caveat: Text,
    /// The step the value is rounded to when shown: no more precision than
    /// its inputs carry (1 for 2,102; 10,000 for 248万).
    pub step: f64,
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
    /// The section's card in the opening "at a glance".
    pub glance: Glance,
}

/// A section's headline figure with one plain line: what a reader who
/// stops after the first screen takes away.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glance {
    /// Id of a reported figure of the section.
    pub figure: String,
    /// Says what the figure means, resting on the figure and `rests_on`.
    pub line: Text,
    #[serde(default)]
    pub rests_on: Vec<String>,
}

/// What carries a beat's claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Show {
    /// One reported figure as a large number.
    Figure(String),
    /// A chart.
    Chart(String),
    /// The tourism explorer with its season tiles.
    Explorer,
}

/// One step of a section's story: a claim in words a citizen would use,
/// the figure or chart that carries it, and where one fits, the quote that
/// voices it. Sections tell 3–5 of them, in story order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Beat {
    pub id: String,
    pub section: SectionId,
    pub text: Text,
    /// Ids of the figures, derived figures, facts and quotes the text
    /// states: the text's numbers must be theirs, and their sentences are
    /// its sources.
    pub rests_on: Vec<String>,
    /// None for a beat that needs no figure (what comes next).
    #[serde(default)]
    pub show: Option<Show>,
    /// Id of a quote (quoted or reported) of the same section.
    #[serde(default)]
    pub quote: Option<String>,
}

/// A term a citizen may not know, with its standard meaning in our words:
/// no fact about Xining, only what the term means.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gloss {
    /// The term as the seed writes it.
    pub term: Text,
    pub meaning: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChartShape {
    /// Horizontal bars of figures in one unit.
    Bars,
    /// Parts side by side in one bar, beside the figure they are compared
    /// with.
    Parts,
}

/// A chart's words: title is the takeaway a citizen would say, `label` the
/// neutral description under it. Neither may add a fact: what they state
/// rests on the drawn figures and on `rests_on`.
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
    /// For `parts`: the figure the parts are compared with; validation holds
    /// their sum to it. Whether the seed says they split it is for the label.
    #[serde(default)]
    pub whole: Option<String>,
    /// Ids of further figures or facts the takeaway and label state.
    #[serde(default)]
    pub rests_on: Vec<String>,
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

/// What the seed says was done with an item, read off the verb of its
/// source sentence (`ExplorerItem::status_word`, mapped by `Status::of_word`).
/// No status carries a year: the seed dates none of these items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// 举办, 重启: held, or revived.
    Held,
    /// 开通, 推出, 建成开放: opened or launched.
    Opened,
    /// 打造, 建立: built or set up.
    Built,
    /// 获评, 成为: named, or became a landmark.
    Named,
    /// 推进: under way; the seed does not say it is finished.
    UnderWay,
    /// 策划: devised; the seed does not say they were held.
    Devised,
    /// 引流聚势: listed by the work report among what drew crowds.
    Listed,
    /// 将: what a deputy says his side will do.
    DeputyPlan,
    /// 应: what a deputy says the city should do.
    DeputyProposal,
}

impl Status {
    pub const ALL: [Status; 9] = [
        Self::Held,
        Self::Opened,
        Self::Built,
        Self::Named,
        Self::UnderWay,
        Self::Devised,
        Self::Listed,
        Self::DeputyPlan,
        Self::DeputyProposal,
    ];

    /// The fixed map from the seed's verb to a status: an item's status is
    /// the one its source sentence's word supports, nothing stronger.
    pub fn of_word(word: &str) -> Option<Status> {
        Some(match word {
            "举办" | "重启" => Self::Held,
            "开通" | "推出" | "建成开放" => Self::Opened,
            "打造" | "建立" => Self::Built,
            "获评" | "成为" => Self::Named,
            "推进" => Self::UnderWay,
            "策划" => Self::Devised,
            "引流聚势" => Self::Listed,
            "将" => Self::DeputyPlan,
            "应" => Self::DeputyProposal,
            _ => return None,
        })
    }
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
    /// The word of the source sentence that supports `status` (举办, 开通,
    /// 建立, 策划, 应 …); validated to be in the sentence and to map to it.
    pub status_word: String,
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
    /// The session the seed names, verbatim; the provenance line says it.
    pub session: Text,
    /// The sentence that ties a text of the page to the session, shown in
    /// the provenance line's source mark.
    pub session_source: Source,
}

/// The report as an editor writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportSource {
    pub meta: Meta,
    pub sections: Vec<Section>,
    pub beats: Vec<Beat>,
    pub glossary: Vec<Gloss>,
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

/// What the browser's islands read (`Report::for_islands`): a type of its
/// own, so the wasm links no decoder for what only the static page shows
/// (sections, beats, the glossary, facts, quotes, the page's own words).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IslandReport {
    pub source: IslandSource,
    pub derived: Vec<DerivedFigure>,
}

/// The part of `ReportSource` the islands read, fields as named there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IslandSource {
    pub figures: Vec<Figure>,
    pub charts: Vec<Chart>,
    pub explorer: Vec<ExplorerItem>,
}
