use report_data::{Lang, Report};
use yew::prelude::*;

use super::table::DataTable;
use super::{IslandHtml, island_root};
use crate::charts::{chart_data, describe};
use crate::downloads::href;
use crate::embedded::report;
use crate::i18n::{page_strings, picture_strings};
use crate::page_url::chart_anchor;
use crate::pictures::{Picture, picture_file};
use crate::ui::island::Island;
use crate::ui::source_mark::SourceMark;

#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    pub id: AttrValue,
}

/// A chart as the page prints it: its takeaway (which names the figure),
/// label and source, the drawing's island, a sentence for screen readers,
/// and the table of the same numbers folded in `<details>`, which opens
/// without script, with the links to the chart's pictures under it (quiet:
/// folded with the numbers they show). `#chart-<id>` is its permalink;
/// `tabindex=-1` lets static/boot.js focus it when the address names it.
#[function_component(ChartFigure)]
pub fn chart_figure(props: &ChartFigureProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let islands = use_context::<IslandHtml>().unwrap_or_default();
    let t = page_strings(lang);
    let report = report();
    let Some(chart) = report.source.charts.iter().find(|c| c.id == props.id) else {
        return Html::default();
    };
    let data = chart_data(chart, report, lang);
    let title_id = format!("chart-{}-title", chart.id);
    let island = Island::Chart(props.id.clone());
    let p = picture_strings(lang);
    let picture = |kind: Picture| {
        html! {
            <a download={format!("{}.{}.{}", chart.id, lang.code(), kind.ext())}
                href={href(lang, &picture_file(&chart.id, lang, kind))}>
                { match kind { Picture::Png => p.png, Picture::Svg => p.svg } }
            </a>
        }
    };
    html! {
        <figure class="chart" id={chart_anchor(&chart.id)} data-chart={chart.id.clone()}
            tabindex="-1" aria-labelledby={title_id.clone()}>
            <figcaption>
                <h3 class="takeaway" id={title_id} data-say="">{ chart.takeaway.get(lang) }</h3>
                // A <div>: a <details> may not sit inside a <p>.
                <div class="chart-label" data-say="">
                    { chart.label.get(lang) }{ " " }
                    <SourceMark sources={report.sources_of(Report::chart_grounds(chart))} />
                </div>
            </figcaption>
            <p class="island-off">{ t.chart_off }</p>
            { island_root(&islands, &island, "chart-frame") }
            <p class="visually-hidden">{ describe(&data, lang) }</p>
            <details class="chart-table">
                <summary class="tool">{ t.data_table }</summary>
                <DataTable caption={chart.label.get(lang).to_string()} data={data.data.clone()} />
                <p class="chart-save">
                    { p.save_picture }{ picture(Picture::Png) }{ " · " }{ picture(Picture::Svg) }
                </p>
            </details>
        </figure>
    }
}
