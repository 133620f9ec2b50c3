//! The report, validated at build time by build.rs and embedded in
//! postcard's binary form.

use std::sync::OnceLock;

use report_data::Report;

/// The embedded bytes, public for the data benchmark.
pub const REPORT_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/report.bin"));

/// The report, decoded once on first use. build.rs wrote these bytes from a
/// validated report, so decoding can only fail through a bug in this crate,
/// which the tests catch natively.
pub fn report() -> &'static Report {
    static REPORT: OnceLock<Report> = OnceLock::new();
    REPORT
        .get_or_init(|| postcard::from_bytes(REPORT_BYTES).expect("build.rs embeds a valid report"))
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
