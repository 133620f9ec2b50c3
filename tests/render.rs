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
fn every_section_renders_its_title_beats_and_charts() {
    let html = render();
    let report = report();
    for section in &report.source.sections {
        assert!(html.contains(&section.title.zh), "{}", section.title.zh);
        let glance = report.figure(&section.glance.figure).unwrap();
        assert!(html.contains(&glance.as_written), "{}", glance.id);
    }
    for beat in &report.source.beats {
        assert!(html.contains(&beat.text.zh), "{}", beat.id);
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

/// The story is short, the page complete: every figure, fact and quote of
/// the seed is in the page (folded or not), with its source sentence.
#[test]
fn every_figure_fact_and_quote_is_in_the_page_with_its_sentence() {
    let html = render();
    let report = report();
    for f in &report.source.figures {
        assert!(html.contains(&f.as_written), "{}", f.id);
        assert!(html.contains(&f.source.sentence), "{}", f.id);
    }
    for f in &report.source.facts {
        assert!(html.contains(&f.text.zh), "{}", f.id);
        assert!(html.contains(&f.source.sentence), "{}", f.id);
    }
    for q in &report.source.quotes {
        assert!(html.contains(&q.zh), "{}", q.id);
    }
    for d in &report.derived {
        assert!(html.contains(&d.formula.zh), "{}", d.id);
    }
}
