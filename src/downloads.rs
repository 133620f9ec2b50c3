//! The data behind the page as files beside it: each chart's rows as CSV and
//! JSON in both languages, and every figure with its source sentence. The
//! prerender step writes them into dist/, so download links are plain links
//! that work without script and keep the pages small.

use report_data::{Lang, Report};

use crate::charts::{chart_data, figures_csv, provenance, to_csv, to_json};

const DIR: &str = "data";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

/// A chart's file, relative to the dist root.
pub fn chart_file(chart: &str, lang: Lang, format: Format) -> String {
    let ext = match format {
        Format::Csv => "csv",
        Format::Json => "json",
    };
    format!("{DIR}/{chart}.{}.{ext}", lang.code())
}

pub const FIGURES_FILE: &str = "data/xining-2024-figures.csv";

/// The link to `file` from the page in `lang` (the English page sits in en/).
pub fn href(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Zh => file.to_string(),
        Lang::En => format!("../{file}"),
    }
}

/// Every download, as (path relative to the dist root, contents).
pub fn files(report: &Report) -> Vec<(String, String)> {
    let mut out = vec![(FIGURES_FILE.to_string(), figures_csv(report))];
    for chart in &report.source.charts {
        for lang in [Lang::Zh, Lang::En] {
            let data = chart_data(chart, report, lang);
            let from = provenance(chart, report, lang);
            out.push((
                chart_file(&chart.id, lang, Format::Csv),
                to_csv(&data, &from),
            ));
            out.push((
                chart_file(&chart.id, lang, Format::Json),
                to_json(&data, &from),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::report;

    #[test]
    fn every_chart_has_its_files_in_both_languages() {
        let report = report();
        let files = files(report);
        assert_eq!(files.len(), 1 + report.source.charts.len() * 4);
        assert!(files.iter().any(|(p, _)| p == "data/health-rates.en.json"));
        assert_eq!(
            href(Lang::En, FIGURES_FILE),
            "../data/xining-2024-figures.csv"
        );
    }
}
