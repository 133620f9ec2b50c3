//! Holds the data file to the seed. Every check names the field path and the
//! reason, so an editor can find the line to fix.

use std::collections::HashSet;
use std::fmt;

use crate::derived;
use crate::model::{Chart, ChartShape, ReportSource, SectionId, Source, Text};

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

        self.text("meta.title", &r.meta.title);
        self.text("meta.subtitle", &r.meta.subtitle);
        self.text("meta.session", &r.meta.session);
        self.verbatim("meta.session.zh", &r.meta.session.zh);
        for (i, s) in r.meta.session_sources.iter().enumerate() {
            self.verbatim(&format!("meta.session_sources[{i}]"), s);
        }

        self.sections(r, &ids);

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
        }

        self.unique("people", r.people.iter().map(|p| p.id.as_str()));
        for (i, p) in r.people.iter().enumerate() {
            let path = format!("people[{i}]");
            self.text(&format!("{path}.name"), &p.name);
            self.text(&format!("{path}.role"), &p.role);
            self.verbatim(&format!("{path}.name.zh"), &p.name.zh);
            self.verbatim(&format!("{path}.role.zh"), &p.role.zh);
        }

        self.figures(r, &ids);

        self.unique("facts", r.facts.iter().map(|f| f.id.as_str()));
        for (i, f) in r.facts.iter().enumerate() {
            let path = format!("facts[{i}]");
            self.text(&format!("{path}.text"), &f.text);
            self.source(&format!("{path}.source"), &f.source, &ids);
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
            self.reference(&format!("{path}.text"), &q.text, &ids.texts, "text");
            self.verbatim(&format!("{path}.zh"), &q.zh);
            if q.en.trim().is_empty() {
                self.fail(format!("{path}.en"), "missing translation");
            }
            self.english(&format!("{path}.en"), &q.en);
        }

        self.unique("charts", r.charts.iter().map(|c| c.id.as_str()));
        for (i, c) in r.charts.iter().enumerate() {
            let path = format!("charts[{i}]");
            self.text(&format!("{path}.takeaway"), &c.takeaway);
            self.text(&format!("{path}.label"), &c.label);
            for (j, id) in c.figures.iter().enumerate() {
                self.reference(&format!("{path}.figures[{j}]"), id, &ids.figures, "figure");
            }
            for (j, s) in c.sources.iter().enumerate() {
                self.verbatim(&format!("{path}.sources[{j}]"), s);
            }
            self.chart_shape(&path, c, r);
        }

        self.unique("explorer", r.explorer.iter().map(|e| e.id.as_str()));
        for (i, e) in r.explorer.iter().enumerate() {
            let path = format!("explorer[{i}]");
            self.text(&format!("{path}.name"), &e.name);
            self.text(&format!("{path}.note"), &e.note);
            self.source(&format!("{path}.source"), &e.source, &ids);
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
            self.text(&format!("{path}.lead"), &s.lead);
            if s.lead_sources.is_empty() {
                self.fail(
                    format!("{path}.lead_sources"),
                    "a lead needs its seed sentences",
                );
            }
            for (j, sentence) in s.lead_sources.iter().enumerate() {
                self.verbatim(&format!("{path}.lead_sources[{j}]"), sentence);
            }
            for (j, id) in s.key_figures.iter().enumerate() {
                self.reference(
                    &format!("{path}.key_figures[{j}]"),
                    id,
                    &ids.figures,
                    "figure",
                );
            }
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

/// The ids other tables may refer to.
struct Ids<'a> {
    texts: HashSet<&'a str>,
    people: HashSet<&'a str>,
    figures: HashSet<&'a str>,
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
        }
    }
}
