//! A chart's island: the plotters drawing and the overlay that makes its
//! marks hoverable, tappable and reachable by keyboard. The words around
//! it (takeaway, label, source, table) are static page (`ui::page::chart`).

mod overlay;

use report_data::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use self::overlay::Overlay;
use crate::charts::{chart_data, draw};
use crate::embedded::island_report;
use crate::i18n::strings;

/// The width charts are prerendered at: a 390 px phone's column, so phones
/// (most readers) keep the drawing they got; wider boxes redraw once.
pub const FIRST_WIDTH: u32 = 358;

/// Within this share of the drawn width the SVG just scales: a few pixels
/// of difference are not worth a redraw.
const SLACK: f64 = 0.1;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub id: AttrValue,
}

#[function_component(ChartIsland)]
pub fn chart_island(props: &ChartProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let width = use_state_eq(|| FIRST_WIDTH);
    // The width of the drawing on screen, for the observer, which outlives
    // the render whose state handle it holds.
    let shown = use_mut_ref(|| FIRST_WIDTH);
    let frame = use_node_ref();
    {
        let (frame, width, shown) = (frame.clone(), width.clone(), shown.clone());
        // The box, not the window: a column that widens with the text size
        // redraws too.
        use_effect_with((), move |_| {
            let observer = frame.cast::<web_sys::Element>().and_then(|el| {
                let measure = Closure::<dyn FnMut()>::new({
                    let el = el.clone();
                    move || {
                        let w = el.client_width() as u32;
                        if w > 0 && differs(w, *shown.borrow()) {
                            *shown.borrow_mut() = w;
                            // Redrawn in the next frame, not while the
                            // observer delivers: the new drawing's height
                            // resizes the box it observes, and a resize
                            // within the delivery is the "ResizeObserver
                            // loop" error every engine reports.
                            let width = width.clone();
                            let redraw = Closure::once_into_js(move || width.set(w));
                            let _ = gloo::utils::window()
                                .request_animation_frame(redraw.unchecked_ref());
                        }
                    }
                });
                let observer =
                    web_sys::ResizeObserver::new(measure.as_ref().unchecked_ref()).ok()?;
                observer.observe(&el);
                Some((observer, measure))
            });
            move || {
                if let Some((observer, _measure)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    // The theme is not among the inputs: the stylesheet colours the drawing.
    let drawn = use_memo((props.id.clone(), lang, *width), |(id, lang, width)| {
        let report = island_report();
        let chart = report.source.charts.iter().find(|c| c.id == id.as_str())?;
        let data = chart_data(chart, report, *lang);
        let drawing = draw(&data, *width);
        let svg = AttrValue::from(drawing.svg.clone());
        let label = format!(
            "{} {}",
            chart.takeaway.get(*lang),
            strings(*lang).chart_keys
        );
        Some((data, drawing, svg, label))
    });
    let Some((data, drawing, svg, label)) = drawn.as_ref() else {
        return Html::default();
    };
    html! {
        <div class="chart-drawing" ref={frame}>
            { Html::from_html_unchecked(svg.clone()) }
            <Overlay
                marks={drawing.marks.clone()}
                width={drawing.width}
                height={drawing.height}
                data={data.data.clone()}
                label={label.clone()}
            />
        </div>
    }
}

/// Whether a box of `measured` px needs a drawing other than the one at
/// `drawn` px.
fn differs(measured: u32, drawn: u32) -> bool {
    (f64::from(measured) - f64::from(drawn)).abs() > SLACK * f64::from(drawn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_keeps_the_prerendered_drawing() {
        assert!(!differs(358, FIRST_WIDTH));
        assert!(!differs(340, FIRST_WIDTH), "a 375 px phone");
        assert!(differs(288, FIRST_WIDTH), "a 320 px phone");
        assert!(differs(700, FIRST_WIDTH), "a desktop column");
    }
}
