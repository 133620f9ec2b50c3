//! The report, validated at build time by build.rs and embedded as JSON.

use std::sync::OnceLock;

use report_data::Report;

const REPORT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/report.json"));

/// The report, parsed once on first use. build.rs wrote this JSON from a
/// validated report, so parsing it can only fail through a bug in this crate,
/// which the tests catch natively.
pub fn report() -> &'static Report {
    static REPORT: OnceLock<Report> = OnceLock::new();
    REPORT
        .get_or_init(|| serde_json::from_str(REPORT_JSON).expect("build.rs embeds a valid report"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn embedded_report_parses_and_has_every_section() {
        let report = super::report();
        assert_eq!(report.source.sections.len(), 4);
        assert!(!report.derived.is_empty());
    }
}
