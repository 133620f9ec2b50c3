//! Holds the data file to the seed. Every check names the field path and the
//! reason, so an editor can find the line to fix.

use std::collections::HashSet;
use std::fmt;

use crate::derived;
use crate::model::{
    Chart, ChartShape, DerivedFigure, Figure, Lang, ReportSource, SectionId, Show, Source, Speech,
    Status, Text,
};
use crate::numbers::{grounded_numbers, same, stated_numbers};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Field path, e.g. `figures[3].label.en`.
    pub path: String,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// The seed is hard-wrapped and spaces some characters out; whitespace is the
/// only difference we forgive when matching data to it.
pub fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every problem in `report`, in file order; empty when it is sound.
pub fn validate(report: &ReportSource, seed: &str) -> Vec<Problem> {
    let mut check = Checker {
        seed: squash(seed),
        problems: Vec::new(),
    };
    check.all(report);
    check.problems
}

/// The words of the figures we derive (code, not data, but claims all
/// the same): label, formula and caveat state only the numbers of their
/// inputs and the value they compute, as the page rounds it.
pub fn validate_derived(
    derived: &[DerivedFigure],
    report: &ReportSource,
    seed: &str,
) -> Vec<Problem> {
    let mut check = Checker {
        seed: squash(seed),
        problems: Vec::new(),
    };
    for (i, d) in derived.iter().enumerate() {
        let path = format!("derived[{i}] («{}»)", d.id);
        let mut grounds = Vec::new();
        for input in &d.inputs {
            ids_grounds(input, report, &mut grounds);
        }
        grounds.push(d.rounded().to_string());
        let grounds: Vec<&str> = grounds.iter().map(String::as_str).collect();
        for (field, text) in [
            ("label", &d.label),
            ("formula", &d.formula),
            ("caveat", &d.caveat),
        ] {
            check.text(&format!("{path}.{field}"), text);
            check.claims(&format!("{path}.{field}"), text, &grounds);
        }
    }
    check.problems
}

struct Checker {
    seed: String,
    problems: Vec<Problem>,
}

impl Checker {
    fn fail(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            reason: reason.into(),
        });
    }

    fn text(&mut self, path: &str, text: &Text) {
        for (lang, value) in [("zh", &text.zh), ("en", &text.en)] {
            if value.trim().is_empty() {
                self.fail(format!("{path}.{lang}"), "missing translation");
            }
        }
        self.english(&format!("{path}.en"), &text.en);
    }

    /// The English page shows Chinese only where it is marked as such
    /// (quoted sentences and names), so English texts hold none.
    fn english(&mut self, path: &str, text: &str) {
        if let Some(c) = text.chars().find(|&c| is_cjk(c)) {
            self.fail(path, format!("Chinese character «{c}» in an English text"));
        }
    }

    fn verbatim(&mut self, path: &str, quoted: &str) {
        let squashed = squash(quoted);
        if squashed.is_empty() {
            self.fail(path, "empty; it must quote the seed");
        } else if !self.seed.contains(&squashed) {
            self.fail(path, format!("not in the seed: «{quoted}»"));
        }
    }

    /// True when every occurrence of `words` in the seed lies between an
    /// opening “ and its closing ”, so the seed presents them as said.
    fn inside_quotation_marks(&self, words: &str) -> bool {
        let words = squash(words);
        let depth = |end: usize| {
            let before = &self.seed[..end];
            before.matches('“').count() as i64 - before.matches('”').count() as i64
        };
        let mut found = false;
        for (start, _) in self.seed.match_indices(&words) {
            found = true;
            if depth(start) <= 0 || depth(start + words.len()) <= 0 {
                return false;
            }
        }
        found
    }

    /// Our words may restate their grounds, never add to them: every number
    /// written in digits in either language must be one the grounds state.
    fn claims(&mut self, path: &str, text: &Text, grounds: &[&str]) {
        self.numbers_rest_on(&format!("{path}.zh"), &text.zh, grounds);
        self.numbers_rest_on(&format!("{path}.en"), &text.en, grounds);
    }

    fn numbers_rest_on(&mut self, path: &str, text: &str, grounds: &[&str]) {
        let known: Vec<f64> = grounds.iter().flat_map(|g| grounded_numbers(g)).collect();
        for n in stated_numbers(text) {
            if !known.iter().any(|&k| same(k, n)) {
                self.fail(
                    path,
                    format!("states the number {n}, which its sources do not"),
                );
            }
        }
    }

    fn unique<'a>(&mut self, table: &str, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for (i, id) in ids.into_iter().enumerate() {
            if id.is_empty() {
                self.fail(format!("{table}[{i}].id"), "empty id");
            } else if !seen.insert(id) {
                self.fail(format!("{table}[{i}].id"), format!("duplicate id «{id}»"));
            }
        }
    }

    fn reference(&mut self, path: &str, id: &str, known: &HashSet<&str>, what: &str) {
        if !known.contains(id) {
            self.fail(path, format!("unknown {what} «{id}»"));
        }
    }

    fn source(&mut self, path: &str, source: &Source, ids: &Ids) {
        self.reference(&format!("{path}.text"), &source.text, &ids.texts, "text");
        if let Some(speaker) = &source.speaker {
            self.reference(&format!("{path}.speaker"), speaker, &ids.people, "person");
        }
        self.verbatim(&format!("{path}.sentence"), &source.sentence);
    }

    fn all(&mut self, r: &ReportSource) {
        let ids = Ids::of(r);

        // The title and subtitle rest on the page as a whole: the social
        // card and the manifest repeat them.
        let seed = self.seed.clone();
        for (path, text) in [
            ("meta.title", &r.meta.title),
            ("meta.subtitle", &r.meta.subtitle),
        ] {
            self.text(path, text);
            self.claims(path, text, &[&seed]);
        }
        self.text("meta.session", &r.meta.session);
        self.verbatim("meta.session.zh", &r.meta.session.zh);
        self.claims("meta.session", &r.meta.session, &[&r.meta.session.zh]);
        self.source("meta.session_source", &r.meta.session_source, &ids);
        if !squash(&r.meta.session_source.sentence).contains(&squash(&r.meta.session.zh)) {
            self.fail(
                "meta.session_source.sentence",
                "does not name the session (meta.session.zh)",
            );
        }

        self.sections(r, &ids);
        self.beats(r, &ids);
        self.glossary(r);

        self.unique("texts", r.texts.iter().map(|t| t.id.as_str()));
        for (i, t) in r.texts.iter().enumerate() {
            let path = format!("texts[{i}]");
            self.text(&format!("{path}.label"), &t.label);
            if let Some(byline) = &t.byline {
                self.verbatim(&format!("{path}.byline"), byline);
            }
            if let Some(title) = &t.title {
                self.verbatim(&format!("{path}.title"), title);
            }
            if let Some(date) = &t.date {
                self.text(&format!("{path}.date"), date);
                let sentences: Vec<&str> = r
                    .figures
                    .iter()
                    .map(|f| &f.source)
                    .chain(r.facts.iter().map(|f| &f.source))
                    .filter(|s| s.text == t.id)
                    .map(|s| s.sentence.as_str())
                    .collect();
                self.claims(&format!("{path}.date"), date, &sentences);
            }
        }

        self.unique("people", r.people.iter().map(|p| p.id.as_str()));
        for (i, p) in r.people.iter().enumerate() {
            let path = format!("people[{i}]");
            self.text(&format!("{path}.name"), &p.name);
            self.verbatim(&format!("{path}.name.zh"), &p.name.zh);
            if let Some(role) = &p.role {
                self.text(&format!("{path}.role"), role);
                self.verbatim(&format!("{path}.role.zh"), &role.zh);
                if let Some(short) = &p.short_role {
                    self.text(&format!("{path}.short_role"), short);
                    self.claims(&format!("{path}.short_role"), short, &[&role.zh]);
                }
            } else if p.short_role.is_some() {
                self.fail(format!("{path}.short_role"), "shortens no role");
            }
        }

        self.figures(r, &ids);

        self.unique("facts", r.facts.iter().map(|f| f.id.as_str()));
        for (i, f) in r.facts.iter().enumerate() {
            let path = format!("facts[{i}]");
            self.text(&format!("{path}.text"), &f.text);
            self.source(&format!("{path}.source"), &f.source, &ids);
            self.claims(&format!("{path}.text"), &f.text, &[&f.source.sentence]);
        }

        self.unique("quotes", r.quotes.iter().map(|q| q.id.as_str()));
        for (i, q) in r.quotes.iter().enumerate() {
            let path = format!("quotes[{i}]");
            self.reference(
                &format!("{path}.speaker"),
                &q.speaker,
                &ids.people,
                "person",
            );
            if r.people
                .iter()
                .any(|p| p.id == q.speaker && p.role.is_none())
            {
                self.fail(
                    format!("{path}.speaker"),
                    "quotes are of named people; the seed names this speaker by office only",
                );
            }
            self.reference(&format!("{path}.text"), &q.text, &ids.texts, "text");
            self.verbatim(&format!("{path}.zh"), &q.zh);
            if q.speech == Speech::Quoted && !self.inside_quotation_marks(&q.zh) {
                self.fail(
                    format!("{path}.speech"),
                    "the seed does not put these words in quotation marks: mark them `reported`",
                );
            }
            if q.en.trim().is_empty() {
                self.fail(format!("{path}.en"), "missing translation");
            }
            self.english(&format!("{path}.en"), &q.en);
            self.numbers_rest_on(&format!("{path}.en"), &q.en, &[&q.zh]);
        }

        self.unique("charts", r.charts.iter().map(|c| c.id.as_str()));
        for (i, c) in r.charts.iter().enumerate() {
            let path = format!("charts[{i}]");
            self.text(&format!("{path}.takeaway"), &c.takeaway);
            self.text(&format!("{path}.label"), &c.label);
            for (j, id) in c.figures.iter().enumerate() {
                self.reference(&format!("{path}.figures[{j}]"), id, &ids.figures, "figure");
            }
            for (j, id) in c.rests_on.iter().enumerate() {
                self.reference(
                    &format!("{path}.rests_on[{j}]"),
                    id,
                    &ids.claims,
                    "figure or fact",
                );
            }
            self.chart_shape(&path, c, r);
            self.chart_basis(&path, c, r);
            let grounds = grounds_of(c.figures.iter().chain(&c.whole).chain(&c.rests_on), r);
            let grounds: Vec<&str> = grounds.iter().map(String::as_str).collect();
            self.claims(&format!("{path}.takeaway"), &c.takeaway, &grounds);
            self.claims(&format!("{path}.label"), &c.label, &grounds);
        }

        self.unique("explorer", r.explorer.iter().map(|e| e.id.as_str()));
        for (i, e) in r.explorer.iter().enumerate() {
            let path = format!("explorer[{i}]");
            self.text(&format!("{path}.name"), &e.name);
            self.text(&format!("{path}.note"), &e.note);
            self.source(&format!("{path}.source"), &e.source, &ids);
            self.claims(&format!("{path}.note"), &e.note, &[&e.source.sentence]);
            if !squash(&e.source.sentence).contains(&squash(&e.status_word)) {
                self.fail(
                    format!("{path}.status_word"),
                    format!("«{}» is not in the source sentence", e.status_word),
                );
            }
            match Status::of_word(&e.status_word) {
                Some(status) if status == e.status => {}
                Some(status) => self.fail(
                    format!("{path}.status"),
                    format!(
                        "«{}» supports {status:?}, not {:?}",
                        e.status_word, e.status
                    ),
                ),
                None => self.fail(
                    format!("{path}.status_word"),
                    format!("«{}» is no word the status map knows", e.status_word),
                ),
            }
            let distinct: HashSet<_> = e.seasons.iter().collect();
            if distinct.len() != e.seasons.len() {
                self.fail(format!("{path}.seasons"), "a season is listed twice");
            }
        }
    }

    /// Parts must add up to their whole: the sums the seed implies
    /// (309 + 369 = 678, 22 + 5 = 27) are checked here, for any chart.
    fn chart_shape(&mut self, path: &str, c: &Chart, r: &ReportSource) {
        let value = |id: &str| r.figures.iter().find(|f| f.id == id).map(|f| f.value);
        // The overlay steps through marks with the arrow keys: a chart
        // needs something to step through, and parts need two to compare.
        let fewest = match c.shape {
            ChartShape::Bars => 1,
            ChartShape::Parts => 2,
        };
        if c.figures.len() < fewest {
            self.fail(
                format!("{path}.figures"),
                format!(
                    "a {:?} chart draws at least {fewest} figures, not {}",
                    c.shape,
                    c.figures.len()
                ),
            );
        }
        match (c.shape, &c.whole) {
            (ChartShape::Parts, Some(whole)) => {
                let parts: Option<f64> = c.figures.iter().map(|id| value(id)).sum();
                match (parts, value(whole)) {
                    (Some(sum), Some(total)) if sum != total => self.fail(
                        format!("{path}.figures"),
                        format!("the parts add up to {sum}, not to the whole {total}"),
                    ),
                    (_, None) => {
                        self.fail(format!("{path}.whole"), format!("unknown figure «{whole}»"))
                    }
                    _ => {}
                }
            }
            (ChartShape::Parts, None) => self.fail(format!("{path}.whole"), "parts need a whole"),
            (_, Some(_)) => self.fail(format!("{path}.whole"), "only parts have a whole"),
            _ => {}
        }
    }

    /// Two figures on one scale claim that they compare. The seed compares
    /// none of its figures with one we derive, so a chart never draws the
    /// two kinds together.
    fn chart_basis(&mut self, path: &str, c: &Chart, r: &ReportSource) {
        let derived = c
            .figures
            .iter()
            .filter(|id| derived::IDS.contains(&id.as_str()));
        let reported = c
            .figures
            .iter()
            .filter(|id| r.figures.iter().any(|f| &f.id == *id));
        if let (Some(d), Some(f)) = (derived.clone().next(), reported.clone().next()) {
            self.fail(
                format!("{path}.figures"),
                format!(
                    "draws the derived «{d}» on one scale with the reported «{f}»: the seed compares \
                     no figure of ours with its own; draw them apart"
                ),
            );
        }
    }

    fn sections(&mut self, r: &ReportSource, ids: &Ids) {
        let order: Vec<SectionId> = r.sections.iter().map(|s| s.id).collect();
        if order != SectionId::ALL {
            self.fail(
                "sections",
                "need exactly tourism, health, green, hotline, in that order",
            );
        }
        for (i, s) in r.sections.iter().enumerate() {
            let path = format!("sections[{i}]");
            self.text(&format!("{path}.title"), &s.title);
            let g = &s.glance;
            let figure = r.figures.iter().find(|f| f.id == g.figure);
            match figure {
                Some(f) if f.section == s.id => {}
                Some(_) => self.fail(
                    format!("{path}.glance.figure"),
                    format!("«{}» belongs to another section", g.figure),
                ),
                None => self.fail(
                    format!("{path}.glance.figure"),
                    format!("unknown reported figure «{}»", g.figure),
                ),
            }
            self.text(&format!("{path}.glance.line"), &g.line);
            for (j, id) in g.rests_on.iter().enumerate() {
                self.reference(
                    &format!("{path}.glance.rests_on[{j}]"),
                    id,
                    &ids.claims,
                    "figure or fact",
                );
            }
            let grounds = grounds_of(std::iter::once(&g.figure).chain(&g.rests_on), r);
            let grounds: Vec<&str> = grounds.iter().map(String::as_str).collect();
            self.claims(&format!("{path}.glance.line"), &g.line, &grounds);
            let beats = r.beats.iter().filter(|b| b.section == s.id).count();
            if !(3..=5).contains(&beats) {
                self.fail(
                    format!("{path}.id"),
                    format!("a section tells 3 to 5 beats, not {beats}"),
                );
            }
        }
    }

    /// A beat says one thing in our words: its numbers rest on its ids; it
    /// shows one figure or chart that exists and belongs to its section,
    /// and never writes out a value that figure or any chart of its
    /// section already shows.
    fn beats(&mut self, r: &ReportSource, ids: &Ids) {
        self.unique("beats", r.beats.iter().map(|b| b.id.as_str()));
        let mut charts_shown = HashSet::new();
        let mut explorers = 0;
        for (i, b) in r.beats.iter().enumerate() {
            let path = format!("beats[{i}]");
            self.text(&format!("{path}.text"), &b.text);
            for (j, id) in b.rests_on.iter().enumerate() {
                self.reference(
                    &format!("{path}.rests_on[{j}]"),
                    id,
                    &ids.claims,
                    "figure or fact",
                );
            }
            let grounds = grounds_of(b.rests_on.iter(), r);
            let grounds: Vec<&str> = grounds.iter().map(String::as_str).collect();
            self.claims(&format!("{path}.text"), &b.text, &grounds);
            match &b.show {
                None => {}
                Some(Show::Figure(id)) => match r.figures.iter().find(|f| &f.id == id) {
                    Some(f) if f.section == b.section => {}
                    _ => self.fail(
                        format!("{path}.show.figure"),
                        format!("no reported figure «{id}» in this section"),
                    ),
                },
                Some(Show::Chart(id)) => match r.charts.iter().find(|c| &c.id == id) {
                    Some(c) if c.section == b.section => {
                        if !charts_shown.insert(id.as_str()) {
                            self.fail(
                                format!("{path}.show.chart"),
                                format!("«{id}» is shown twice"),
                            );
                        }
                    }
                    _ => self.fail(
                        format!("{path}.show.chart"),
                        format!("no chart «{id}» in this section"),
                    ),
                },
                Some(Show::Explorer) => {
                    explorers += 1;
                    if b.section != SectionId::Tourism {
                        self.fail(format!("{path}.show"), "the explorer belongs to tourism");
                    }
                    // The explorer lists some of the seed's tourism items,
                    // not all: its intro may not read as the whole list.
                    for (lang, text, word) in
                        [("zh", &b.text.zh, "选列"), ("en", &b.text.en, "selection")]
                    {
                        if !text.contains(word) {
                            self.fail(
                                format!("{path}.text.{lang}"),
                                format!("introduces the explorer without calling it a selection («{word}»)"),
                            );
                        }
                    }
                }
            }
            if let Some(q) = &b.quote
                && !r
                    .quotes
                    .iter()
                    .any(|x| &x.id == q && x.section == b.section)
            {
                self.fail(
                    format!("{path}.quote"),
                    format!("no quote «{q}» in this section"),
                );
            }
            for f in shown_figures(b.section, b.show.as_ref(), r) {
                for (lang, text, shown) in [
                    ("zh", &b.text.zh, f.as_written.clone()),
                    ("en", &b.text.en, f.shown(Lang::En)),
                ] {
                    if mentions(text, &shown) {
                        self.fail(
                            format!("{path}.text.{lang}"),
                            format!("repeats «{shown}», which its section already shows"),
                        );
                    }
                }
            }
        }
        for c in &r.charts {
            if !charts_shown.contains(c.id.as_str()) {
                self.fail("beats", format!("no beat shows the chart «{}»", c.id));
            }
        }
        if explorers != 1 {
            self.fail(
                "beats",
                format!("the explorer is shown by {explorers} beats, not 1"),
            );
        }
    }

    fn glossary(&mut self, r: &ReportSource) {
        for (i, g) in r.glossary.iter().enumerate() {
            let path = format!("glossary[{i}]");
            self.text(&format!("{path}.term"), &g.term);
            self.text(&format!("{path}.meaning"), &g.meaning);
            self.verbatim(&format!("{path}.term.zh"), &g.term.zh);
            // A meaning says what a term means, not what happened: it may
            // state no number at all.
            self.claims(&format!("{path}.meaning"), &g.meaning, &[]);
        }
    }

    fn figures(&mut self, r: &ReportSource, ids: &Ids) {
        let reported = r.figures.iter().map(|f| f.id.as_str());
        self.unique("figures", reported.chain(derived::IDS));
        for (i, f) in r.figures.iter().enumerate() {
            let path = format!("figures[{i}]");
            self.text(&format!("{path}.label"), &f.label);
            if f.unit.zh.trim().is_empty() || f.unit.en.trim().is_empty() {
                self.fail(format!("{path}.unit"), "missing translation");
            }
            if !f.value.is_finite() {
                self.fail(format!("{path}.value"), "not a finite number");
            }
            if let Some(max) = f.max
                && !(max.is_finite() && max > f.value)
            {
                self.fail(format!("{path}.max"), "must be a number above value");
            }
            self.verbatim(&format!("{path}.as_written"), &f.as_written);
            if !squash(&f.source.sentence).contains(&squash(&f.as_written)) {
                self.fail(
                    format!("{path}.as_written"),
                    "not in its own source sentence",
                );
            }
            self.source(&format!("{path}.source"), &f.source, ids);
            let mut grounds = vec![f.source.sentence.clone(), f.as_written.clone()];
            for (j, id) in f.rests_on.iter().enumerate() {
                match r.facts.iter().find(|x| &x.id == id) {
                    Some(fact) => grounds.push(fact.source.sentence.clone()),
                    None => self.fail(
                        format!("{path}.rests_on[{j}]"),
                        format!("unknown fact «{id}»"),
                    ),
                }
            }
            let grounds: Vec<&str> = grounds.iter().map(String::as_str).collect();
            self.claims(&format!("{path}.label"), &f.label, &grounds);
        }
        for input in derived::INPUTS {
            if !r.figures.iter().any(|f| f.id == input) {
                self.fail(
                    "figures",
                    format!("derived figures need the figure «{input}»"),
                );
            }
        }
    }
}

/// CJK ideographs, punctuation and full-width forms.
fn is_cjk(c: char) -> bool {
    matches!(u32::from(c), 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// The sentences and values as written of figures (a derived one: its
/// inputs'), facts and quotes, by id.
fn grounds_of<'a>(ids: impl Iterator<Item = &'a String>, r: &ReportSource) -> Vec<String> {
    let mut out = Vec::new();
    for id in ids {
        for input in derived::inputs_of(id).unwrap_or(&[]) {
            ids_grounds(input, r, &mut out);
        }
        ids_grounds(id, r, &mut out);
    }
    out
}

fn ids_grounds(id: &str, r: &ReportSource, out: &mut Vec<String>) {
    if let Some(f) = r.figures.iter().find(|f| f.id == id) {
        out.push(f.source.sentence.clone());
        out.push(f.as_written.clone());
    } else if let Some(f) = r.facts.iter().find(|f| f.id == id) {
        out.push(f.source.sentence.clone());
    } else if let Some(q) = r.quotes.iter().find(|q| q.id == id) {
        out.push(q.zh.clone());
    }
}

/// The figures a reader already sees beside a beat: its own, and every
/// figure drawn by a chart of its section.
fn shown_figures<'a>(
    section: SectionId,
    show: Option<&Show>,
    r: &'a ReportSource,
) -> Vec<&'a Figure> {
    let mut ids: Vec<&str> = r
        .charts
        .iter()
        .filter(|c| c.section == section)
        .flat_map(|c| &c.figures)
        .map(String::as_str)
        .collect();
    if let Some(Show::Figure(id)) = show {
        ids.push(id);
    }
    ids.into_iter()
        .filter_map(|id| r.figures.iter().find(|f| f.id == id))
        .collect()
}

/// `value` written in `text` as a number of its own: "155件" does not
/// mention "55件".
fn mentions(text: &str, value: &str) -> bool {
    text.match_indices(value).any(|(at, _)| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',')
    })
}

/// The ids other tables may refer to.
struct Ids<'a> {
    texts: HashSet<&'a str>,
    people: HashSet<&'a str>,
    figures: HashSet<&'a str>,
    /// Figures, derived figures, facts and quotes: what our words may rest on.
    claims: HashSet<&'a str>,
}

impl<'a> Ids<'a> {
    fn of(r: &'a ReportSource) -> Self {
        Ids {
            texts: r.texts.iter().map(|t| t.id.as_str()).collect(),
            people: r.people.iter().map(|p| p.id.as_str()).collect(),
            figures: r
                .figures
                .iter()
                .map(|f| f.id.as_str())
                .chain(derived::IDS)
                .collect(),
            claims: r
                .figures
                .iter()
                .map(|f| f.id.as_str())
                .chain(derived::IDS)
                .chain(r.facts.iter().map(|f| f.id.as_str()))
                .chain(r.quotes.iter().map(|q| q.id.as_str()))
                .collect(),
        }
    }
}
