//! Every chart of the report, drawn natively at every width we support, in
//! both languages. Their colours: tests/chart_colours.rs.

mod common;

use report_data::Lang;
use xining_report::charts::{
    ChartData, Datum, Shape, chart_data, describe, draw, figures_csv, provenance, to_csv,
};
use xining_report::embedded::report;

const WIDTHS: [u32; 6] = [320, 375, 768, 1024, 1366, 1440];

/// plotters escapes text content for XML; this is what a label looks like
/// once escaped, to find it in the SVG.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// The SVG's text content with tags and whitespace removed, so a label
/// wrapped over several lines reads as one.
fn svg_text(svg: &str) -> String {
    common::text_of(svg)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

fn squashed(text: &str) -> String {
    escaped(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[test]
fn every_chart_draws_its_marks_and_labels_at_every_width() {
    let report = report();
    for chart in &report.source.charts {
        for lang in [Lang::Zh, Lang::En] {
            let data = chart_data(chart, report, lang);
            assert!(!data.data.is_empty(), "{} has no data", chart.id);
            for width in WIDTHS {
                let d = draw(&data, width);
                let what = format!("{} {lang:?} {width}px", chart.id);
                assert_eq!(d.width, width, "{what}");
                assert!(
                    d.svg
                        .contains(&format!("viewBox=\"0 0 {} {}\"", d.width, d.height)),
                    "{what}"
                );
                assert!(!d.svg.contains("NaN") && !d.svg.contains("inf"), "{what}");
                assert_eq!(d.marks.len(), data.data.len(), "{what}");
                for m in &d.marks {
                    assert!(
                        m.x >= 0.0 && m.y >= 0.0 && m.w > 0.0 && m.h > 0.0,
                        "{what}: {m:?}"
                    );
                    assert!(m.x + m.w <= f64::from(d.width), "{what}: {m:?}");
                    assert!(m.y + m.h <= f64::from(d.height), "{what}: {m:?}");
                }
                let text = svg_text(&d.svg);
                for datum in &data.data {
                    assert!(
                        text.contains(&squashed(&datum.label)),
                        "{what}: {}",
                        datum.label
                    );
                    assert!(
                        text.contains(&squashed(&datum.shown)),
                        "{what}: {}",
                        datum.shown
                    );
                }
            }
        }
    }
}

#[test]
fn health_rates_share_one_percent_scale() {
    let report = report();
    let chart = report
        .source
        .charts
        .iter()
        .find(|c| c.id == "health-rates")
        .unwrap();
    let data = chart_data(chart, report, Lang::Zh);
    assert_eq!(
        data.shape,
        Shape::Bars {
            scale_max: 100.0,
            percent: true
        }
    );
    let shown: Vec<_> = data.data.iter().map(|d| d.shown.as_str()).collect();
    assert_eq!(shown, ["69.59%", "91.61%", "94.81%"]);
    // Bar lengths follow the values on the same scale.
    let d = draw(&data, 800);
    let ratio = d.marks[0].w / d.marks[2].w;
    assert!((ratio - 69.59 / 94.81).abs() < 0.01, "{ratio}");
}

#[test]
fn hotline_charts_show_only_what_the_bulletin_counts() {
    let report = report();
    let get = |id: &str| {
        let chart = report.source.charts.iter().find(|c| c.id == id).unwrap();
        chart_data(chart, report, Lang::Zh)
    };
    // Side by side, not as parts of the 678 calls: the bulletin does not
    // say they split them.
    let handling = get("hotline-handling");
    assert_eq!(
        handling.shape,
        Shape::Bars {
            scale_max: 369.0,
            percent: false
        }
    );
    let topics = get("hotline-topics");
    let values: Vec<f64> = topics.data.iter().map(|d| d.value).collect();
    assert_eq!(values, [55.0, 48.0, 36.0], "no 'others' bar");
    let channels = get("hotline-channels");
    assert_eq!(channels.data.iter().map(|d| d.value).sum::<f64>(), 27.0);
}

/// The derived sign-ups per team stand alone: beside the reported 1,800 to
/// 2,200 residents of a team's area they read as agreeing, which the seed
/// never says.
#[test]
fn team_load_draws_the_derived_figure_alone() {
    let report = report();
    let chart = report
        .source
        .charts
        .iter()
        .find(|c| c.id == "health-team-load")
        .unwrap();
    let data = chart_data(chart, report, Lang::En);
    let derived: Vec<bool> = data.data.iter().map(|d| d.derived).collect();
    assert_eq!(derived, [true]);
    assert_eq!(data.data[0].shown, "≈ 2,102 residents");
}

/// Hatching means "a range" and nothing else: a chart hatches one box per
/// figure the data file gives a range (`max`), the parts of a whole none.
#[test]
fn hatching_marks_ranges_only() {
    let report = report();
    let mut hatched_charts = 0;
    for chart in &report.source.charts {
        let ranged = chart
            .figures
            .iter()
            .filter(|id| report.figure(id).is_some_and(|f| f.max.is_some()))
            .count();
        hatched_charts += usize::from(ranged > 0);
        for lang in [Lang::Zh, Lang::En] {
            let data = chart_data(chart, report, lang);
            for width in WIDTHS {
                let hatched = hatched_boxes(&draw(&data, width).svg);
                assert_eq!(hatched, ranged, "{} {lang:?} {width}px", chart.id);
            }
        }
    }
    // No chart of the report draws a range now (the team catchment,
    // 1800名至2200名, left the team-load chart): one is drawn below.
    assert_eq!(hatched_charts, 0);
    let range = ChartData {
        shape: Shape::Bars {
            scale_max: 2200.0,
            percent: false,
        },
        data: vec![Datum {
            label: "a range".into(),
            value: 1800.0,
            max: Some(2200.0),
            shown: "1,800–2,200".into(),
            derived: false,
        }],
    };
    for width in WIDTHS {
        assert_eq!(hatched_boxes(&draw(&range, width).svg), 1, "{width}px");
    }
}

/// A hatch is an outline box with lines inside, both `ink-second`.
fn hatched_boxes(svg: &str) -> usize {
    svg.split("<rect")
        .skip(1)
        .filter(|r| r.split('>').next().unwrap().contains("ink-second"))
        .count()
}

/// 55件 is not 55%: counts run to the largest of them, so the longest bar
/// fills the track and no bar reads as a share of a hidden 100.
#[test]
fn count_bars_run_to_their_largest_value() {
    let report = report();
    let chart = report
        .source
        .charts
        .iter()
        .find(|c| c.id == "hotline-topics")
        .unwrap();
    let data = chart_data(chart, report, Lang::Zh);
    assert_eq!(
        data.shape,
        Shape::Bars {
            scale_max: 55.0,
            percent: false
        }
    );
    let d = draw(&data, 600);
    let track = f64::from(600 - 2 * 8);
    assert!((d.marks[0].w - track).abs() <= 1.0, "{:?}", d.marks[0]);
    assert!((d.marks[2].w / d.marks[0].w - 36.0 / 55.0).abs() < 0.01);
}

#[test]
fn text_in_the_svg_is_escaped() {
    let hostile = "<script>alert(1)</script></text><text>&";
    let data = ChartData {
        shape: Shape::Bars {
            scale_max: 10.0,
            percent: false,
        },
        data: vec![Datum {
            label: hostile.into(),
            value: 5.0,
            max: None,
            shown: "5 </text>".into(),
            derived: false,
        }],
    };
    let d = draw(&data, 400);
    assert!(!d.svg.contains("<script"), "{}", d.svg);
    assert!(!d.svg.contains("</text><text>"), "{}", d.svg);
    assert!(
        d.svg
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;/text&gt;&lt;text&gt;&amp;")
    );
    assert!(d.svg.contains("5 &lt;/text&gt;"));
}

#[test]
fn the_figures_download_has_every_figure_with_its_source() {
    let report = report();
    let csv = figures_csv(report);
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(
        csv.lines().count(),
        1 + report.source.figures.len() + report.derived.len()
    );
    for f in &report.source.figures {
        assert!(csv.contains(&f.source.sentence), "{}", f.id);
    }
    for d in &report.derived {
        assert!(csv.contains(&d.formula.en), "{}", d.id);
    }
    // The implied population is given no finer than 172.59万 allows.
    assert!(
        csv.contains(",2480000,,,≈ 2.48 million residents,"),
        "{csv}"
    );
    assert!(!csv.contains("2480098"), "{csv}");
    assert!(!csv.contains("1.73 million"), "{csv}");
}

#[test]
fn description_and_csv_carry_every_value() {
    let report = report();
    for chart in &report.source.charts {
        let data = chart_data(chart, report, Lang::Zh);
        let text = describe(&data, Lang::Zh);
        let csv = to_csv(&data, &provenance(chart, report, Lang::Zh));
        assert_eq!(csv.lines().count(), data.data.len() + 1, "{}", chart.id);
        for d in &data.data {
            assert!(text.contains(&d.shown), "{}: {text}", chart.id);
            assert!(csv.contains(&d.shown), "{}: {csv}", chart.id);
        }
    }
}

/// A chart's download travels without the page: each row carries its
/// sentence from the seed (a derived one, its formula), and the hotline's
/// rows the bulletin's day and that it gives no year. Derived values are
/// rounded as the page shows them, not 2102.19….
#[test]
fn chart_downloads_say_where_each_row_comes_from() {
    let report = report();
    let seed: String = include_str!("../data/seed.txt")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for chart in &report.source.charts {
        for lang in [Lang::Zh, Lang::En] {
            let rows = provenance(chart, report, lang);
            let data = chart_data(chart, report, lang);
            assert_eq!(rows.len(), data.data.len(), "{}", chart.id);
            for (row, d) in rows.iter().zip(&data.data) {
                if d.derived {
                    assert!(row.source.contains('÷'), "{}: {}", chart.id, row.source);
                    assert_eq!(d.value, d.value.round(), "{}", chart.id);
                } else {
                    assert!(seed.contains(&row.source), "{}: {}", chart.id, row.source);
                }
                let dated = chart.id.starts_with("hotline-");
                let day = match lang {
                    Lang::Zh => "1月25日，日报未写年份",
                    Lang::En => "25 January; the bulletin gives no year",
                };
                assert_eq!(row.date, if dated { day } else { "" }, "{}", chart.id);
            }
        }
    }
}
