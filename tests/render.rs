//! The page as Yew renders it natively: what a reader gets in each section.

use xining_report::embedded::report;
use xining_report::ui::{App, AppProps};

fn render() -> String {
    futures::executor::block_on(
        yew::LocalServerRenderer::<App>::with_props(AppProps {
            lang: report_data::Lang::Zh,
        })
        .hydratable(false)
        .render(),
    )
}

#[test]
fn every_section_renders_its_title_numbers_and_charts() {
    let html = render();
    let report = report();
    for section in &report.source.sections {
        assert!(html.contains(&section.title.zh), "{}", section.title.zh);
        for id in &section.key_figures {
            let figure = report.figure(id).unwrap();
            assert!(html.contains(&figure.as_written), "{id}");
        }
    }
    for chart in &report.source.charts {
        assert!(
            html.contains(&format!("data-chart=\"{}\"", chart.id)),
            "{}",
            chart.id
        );
    }
    assert_eq!(html.matches("<svg").count(), report.source.charts.len());
}
