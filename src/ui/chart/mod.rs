//! One chart: its takeaway, the plotters SVG, an overlay that makes the
//! marks hoverable, tappable and reachable by keyboard, a table of the same
//! data and its source mark. The table and the sources fold in `<details>`,
//! which opens without script; the files are listed in sources and method.

mod overlay;
mod table;

use report_data::{Lang, Report};
use yew::prelude::*;

use self::overlay::Overlay;
use self::table::DataTable;
use crate::charts::{chart_data, describe, draw};
use crate::embedded::report;
use crate::i18n::strings;
use crate::ui::source_mark::SourceMark;

/// The width charts are drawn at before the page can measure them; the SVG
/// scales from its viewBox until then.
const FIRST_WIDTH: u32 = 640;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub id: AttrValue,
}

#[function_component(ChartView)]
pub fn chart_view(props: &ChartProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = strings(lang);
    // `_eq`: a resize that keeps the box's width redraws nothing.
    let width = use_state_eq(|| FIRST_WIDTH);
    let frame = use_node_ref();
    {
        let (frame, width) = (frame.clone(), width.clone());
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(el) = frame.cast::<web_sys::Element>() {
                    let w = el.client_width();
                    if w > 0 {
                        width.set(w as u32);
                    }
                }
            };
            measure();
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                    measure()
                });
            move || drop(listener)
        });
    }

    // Drawn again only when what it depends on changes.
    // The theme is not among them: the stylesheet colours the drawing.
    let drawn = use_memo((props.id.clone(), lang, *width), |(id, lang, width)| {
        let report = report();
        let chart = report.source.charts.iter().find(|c| c.id == id.as_str())?;
        let data = chart_data(chart, report, *lang);
        let drawing = draw(&data, *width);
        let svg = AttrValue::from(drawing.svg.clone());
        Some((chart, data, drawing, svg))
    });
    let Some((chart, data, drawing, svg)) = drawn.as_ref() else {
        return Html::default();
    };
    let title_id = format!("chart-{}-title", chart.id);
    let svg = Html::from_html_unchecked(svg.clone());
    // Named by its takeaway alone: the caption also holds the label, and a
    // caption of the source toggle named every chart "Source".
    html! {
        <figure class="chart" id={format!("chart-{}", chart.id)} data-chart={chart.id.clone()}
            aria-labelledby={title_id.clone()}>
            <figcaption>
                <h3 class="takeaway" id={title_id}>{ chart.takeaway.get(lang) }</h3>
                // A <div>: a <details> may not sit inside a <p>.
                <div class="chart-label">
                    { chart.label.get(lang) }{ " " }
                    <SourceMark sources={report().sources_of(Report::chart_grounds(chart))} />
                </div>
            </figcaption>
            <div class="chart-frame" ref={frame}>
                { svg }
                <Overlay
                    marks={drawing.marks.clone()}
                    width={drawing.width}
                    height={drawing.height}
                    data={data.data.clone()}
                    label={format!("{} {}", chart.takeaway.get(lang), t.chart_keys)}
                />
            </div>
            <p class="visually-hidden">{ describe(data, lang) }</p>
            <details class="chart-table">
                <summary class="tool">{ t.data_table }</summary>
                <DataTable caption={chart.label.get(lang).to_string()} data={data.data.clone()} />
            </details>
        </figure>
    }
}
