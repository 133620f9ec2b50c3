use yew::prelude::*;

use report_data::Lang;

use crate::charts::Datum;
use crate::i18n::page_strings;

#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    pub caption: String,
    pub data: Vec<Datum>,
}

/// The chart's numbers as an HTML table: the same rows the SVG draws.
#[function_component(DataTable)]
pub fn data_table(props: &DataTableProps) -> Html {
    let t = page_strings(use_context::<Lang>().unwrap_or_default());
    html! {
        <table class="data-table">
            <caption>{ &props.caption }</caption>
            <thead>
                <tr><th scope="col">{ t.table_item }</th><th scope="col">{ t.table_value }</th></tr>
            </thead>
            <tbody>
                { for props.data.iter().map(|d| html! {
                    <tr>
                        <th scope="row">{ &d.label }</th>
                        <td>{ &d.shown }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
