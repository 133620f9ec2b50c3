//! The report, validated at build time by build.rs and embedded in
//! postcard's binary form, twice: whole, for the static page written
//! natively, and cut to what the islands need, for the browser.

use std::sync::OnceLock;

use report_data::IslandReport;

/// What the islands read: the charts' drawn figures and what the
/// explorer filters and searches on (`Report::for_islands`). Public for the
/// benchmark.
pub const ISLAND_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/islands.bin"));

fn decode<T: serde::Deserialize<'static>>(bytes: &'static [u8]) -> T {
    postcard::from_bytes(bytes).expect("build.rs embeds a valid report")
}

/// The islands' report, decoded once on first use. build.rs wrote these
/// bytes from a validated report, so decoding can only fail through a bug
/// in this crate, which the tests catch natively.
pub fn island_report() -> &'static IslandReport {
    static REPORT: OnceLock<IslandReport> = OnceLock::new();
    REPORT.get_or_init(|| decode(ISLAND_BYTES))
}

/// The whole report, for the static page. Native only: the wasm cannot
/// link the quotes, facts and sentences that the page's HTML already holds.
#[cfg(not(target_arch = "wasm32"))]
pub fn report() -> &'static report_data::Report {
    static REPORT: OnceLock<report_data::Report> = OnceLock::new();
    REPORT.get_or_init(|| decode(include_bytes!(concat!(env!("OUT_DIR"), "/report.bin"))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_data::{Lang, Lookup};

    fn contains(haystack: &[u8], text: &str) -> bool {
        haystack.windows(text.len()).any(|w| w == text.as_bytes())
    }

    #[test]
    fn both_reports_decode_and_the_islands_get_what_they_draw() {
        let whole = report();
        let islands = island_report();
        assert_eq!(whole.source.sections.len(), 4);
        // The explorer's filters and search read ids, names, types,
        // statuses and seasons; the page's static rows hold the rest.
        let filtered = |items: &'static [report_data::ExplorerItem]| {
            items
                .iter()
                .map(|i| (&i.id, &i.name, i.item_type, i.status, &i.seasons))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            filtered(&islands.source.explorer),
            filtered(&whole.source.explorer)
        );
        assert!(islands.source.explorer.iter().all(|i| i.note.zh.is_empty()
            && i.note.en.is_empty()
            && i.status_word.is_empty()
            && i.source.sentence.is_empty()));
        // Every chart by id, shape, takeaway and figures, and each drawn
        // figure as the page shows it.
        assert_eq!(islands.source.charts.len(), whole.source.charts.len());
        for (cut, chart) in islands.source.charts.iter().zip(&whole.source.charts) {
            assert_eq!(
                (&cut.id, cut.shape, &cut.takeaway, &cut.figures),
                (&chart.id, chart.shape, &chart.takeaway, &chart.figures)
            );
            for id in &chart.figures {
                for lang in [Lang::Zh, Lang::En] {
                    let (label, shown) = match (whole.figure(id), islands.figure(id)) {
                        (Some(f), Some(g)) => {
                            assert_eq!((g.value, g.max), (f.value, f.max));
                            (
                                (f.label.get(lang), g.label.get(lang)),
                                (f.shown(lang), g.shown(lang)),
                            )
                        }
                        _ => {
                            let f = whole.derived_figure(id).expect("a drawn figure");
                            let g = islands.derived_figure(id).expect("kept");
                            assert_eq!(g.value, f.value);
                            (
                                (f.label.get(lang), g.label.get(lang)),
                                (f.shown(lang), g.shown(lang)),
                            )
                        }
                    };
                    assert_eq!(label.1, label.0, "{id}");
                    assert_eq!(shown.1, shown.0, "{id}");
                }
            }
        }
        let drawn = islands.source.figures.len() + islands.derived.len();
        let figures: usize = whole.source.charts.iter().map(|c| c.figures.len()).sum();
        assert!(drawn <= figures);
        // Nothing the static page alone shows (sections, beats, the
        // glossary, facts and quotes have no place in the type).
        let page_only = whole
            .source
            .charts
            .iter()
            .map(|c| &c.label)
            .chain(whole.derived.iter().flat_map(|d| [&d.formula, &d.caveat]))
            .chain(whole.source.sections.iter().map(|s| &s.glance.line))
            .chain(whole.source.beats.iter().map(|b| &b.text))
            .chain([&whole.source.meta.title, &whole.source.meta.subtitle]);
        for text in page_only {
            assert!(!contains(ISLAND_BYTES, &text.en), "{}", text.en);
            assert!(!contains(ISLAND_BYTES, &text.zh), "{}", text.zh);
        }
        let no_source =
            |f: &report_data::Figure| f.source.sentence.is_empty() && f.rests_on.is_empty();
        assert!(islands.source.figures.iter().all(no_source));
        let quoted = whole.source.quotes.iter().map(|q| (&q.zh, &q.en));
        let roles = whole
            .source
            .people
            .iter()
            .filter_map(|p| p.role.as_ref())
            .map(|r| (&r.zh, &r.en));
        for (zh, en) in quoted.chain(roles) {
            assert!(
                !contains(ISLAND_BYTES, zh) && !contains(ISLAND_BYTES, en),
                "{en}"
            );
        }
        let whole_bytes = include_bytes!(concat!(env!("OUT_DIR"), "/report.bin"));
        assert!(ISLAND_BYTES.len() * 3 < whole_bytes.len());
    }
}
