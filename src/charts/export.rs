//! A chart's data as words and files: the screen-reader description and the
//! CSV and JSON downloads, all from the same rows the SVG draws.

use report_data::Lang;
use serde::Serialize;

use super::model::ChartData;

/// One sentence listing every value, for readers who cannot see the chart.
pub fn describe(chart: &ChartData, lang: Lang) -> String {
    let sep = match lang {
        Lang::Zh => "；",
        Lang::En => "; ",
    };
    let items: Vec<String> = chart
        .data
        .iter()
        .map(|d| match lang {
            Lang::Zh => format!("{}：{}", d.label, d.shown),
            Lang::En => format!("{}: {}", d.label, d.shown),
        })
        .collect();
    let end = match lang {
        Lang::Zh => "。",
        Lang::En => ".",
    };
    format!("{}{end}", items.join(sep))
}

#[derive(Serialize)]
struct Row<'a> {
    label: &'a str,
    value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    max: Option<f64>,
    shown: &'a str,
    derived: bool,
}

const HEADER: [&str; 5] = ["label", "value", "max", "shown", "derived"];

/// UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese.
pub fn to_csv(chart: &ChartData) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&HEADER.join(","));
    out.push_str("\r\n");
    for d in &chart.data {
        let max = d.max.map(|m| m.to_string()).unwrap_or_default();
        let cells = [
            csv_cell(&d.label),
            d.value.to_string(),
            max,
            csv_cell(&d.shown),
            d.derived.to_string(),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

pub fn to_json(chart: &ChartData) -> String {
    let rows: Vec<Row> = chart
        .data
        .iter()
        .map(|d| Row {
            label: &d.label,
            value: d.value,
            max: d.max,
            shown: &d.shown,
            derived: d.derived,
        })
        .collect();
    serde_json::to_string_pretty(&rows).expect("rows always serialize")
}

fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::model::{Datum, Shape};

    fn chart() -> ChartData {
        ChartData {
            shape: Shape::Parts,
            data: vec![
                Datum {
                    label: "直接办理".into(),
                    value: 309.0,
                    max: None,
                    shown: "309件".into(),
                    derived: false,
                },
                Datum {
                    label: "a \"quoted\", label".into(),
                    value: 1800.0,
                    max: Some(2200.0),
                    shown: "1,800–2,200".into(),
                    derived: false,
                },
            ],
            value_heading: "数值".into(),
        }
    }

    #[test]
    fn csv_has_bom_header_and_quoted_cells() {
        let csv = to_csv(&chart());
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some("\u{feff}label,value,max,shown,derived"));
        assert_eq!(lines.next(), Some("直接办理,309,,309件,false"));
        assert_eq!(
            lines.next(),
            Some("\"a \"\"quoted\"\", label\",1800,2200,\"1,800–2,200\",false")
        );
    }

    #[test]
    fn json_lists_every_row() {
        let rows: serde_json::Value = serde_json::from_str(&to_json(&chart())).unwrap();
        assert_eq!(rows.as_array().unwrap().len(), 2);
        assert_eq!(rows[0]["shown"], "309件");
    }

    #[test]
    fn description_names_every_value() {
        assert_eq!(
            describe(&chart(), Lang::Zh),
            "直接办理：309件；a \"quoted\", label：1,800–2,200。"
        );
    }
}
