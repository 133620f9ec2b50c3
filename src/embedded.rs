//! The report, validated at build time by build.rs and embedded in
//! postcard's binary form, twice: whole, for the static page written
//! natively, and cut to what the islands need, for the browser.

use std::sync::OnceLock;

use report_data::Report;

/// What the islands read: chart rows and what the explorer filters on
/// (`Report::for_islands`). Public for the benchmark.
pub const ISLAND_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/islands.bin"));

fn decode(bytes: &'static [u8]) -> Report {
    postcard::from_bytes(bytes).expect("build.rs embeds a valid report")
}

/// The islands' report, decoded once on first use. build.rs wrote these
/// bytes from a validated report, so decoding can only fail through a bug
/// in this crate, which the tests catch natively.
pub fn island_report() -> &'static Report {
    static REPORT: OnceLock<Report> = OnceLock::new();
    REPORT.get_or_init(|| decode(ISLAND_BYTES))
}

/// The whole report, for the static page. Native only: the wasm cannot
/// link the quotes, facts and sentences that the page's HTML already holds.
#[cfg(not(target_arch = "wasm32"))]
pub fn report() -> &'static Report {
    static REPORT: OnceLock<Report> = OnceLock::new();
    REPORT.get_or_init(|| decode(include_bytes!(concat!(env!("OUT_DIR"), "/report.bin"))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_reports_decode_and_the_islands_get_less() {
        let whole = report();
        let islands = island_report();
        assert_eq!(whole.source.sections.len(), 4);
        assert_eq!(islands.source.charts, whole.source.charts);
        // The explorer's filters and search read ids, names, types,
        // statuses and seasons; the page's static rows hold the rest.
        let filtered = |r: &'static Report| {
            r.source
                .explorer
                .iter()
                .map(|i| (&i.id, &i.name, i.item_type, i.status, &i.seasons))
                .collect::<Vec<_>>()
        };
        assert_eq!(filtered(islands), filtered(whole));
        assert!(islands.source.explorer.iter().all(|i| i.note.zh.is_empty()
            && i.note.en.is_empty()
            && i.status_word.is_empty()
            && i.source.sentence.is_empty()));
        assert!(islands.source.facts.is_empty() && islands.source.quotes.is_empty());
        assert!(islands.source.texts.is_empty() && islands.source.people.is_empty());
        let whole_bytes = include_bytes!(concat!(env!("OUT_DIR"), "/report.bin"));
        assert!(ISLAND_BYTES.len() * 2 < whole_bytes.len());
    }
}
