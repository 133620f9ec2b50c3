use report_data::Lang;
use yew::prelude::*;

use crate::embedded::report;
use crate::ui::source_mark::SourceMark;

#[derive(Properties, PartialEq)]
pub struct BigNumberProps {
    pub id: AttrValue,
}

/// A reported figure as a landmark: the number as the seed writes it, kept
/// on one line with its unit and qualifier, its label under it, and its
/// source one tap away.
#[function_component(BigNumber)]
pub fn big_number(props: &BigNumberProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let Some(figure) = report().figure(&props.id) else {
        return Html::default();
    };
    html! {
        <div class="big-number" data-figure={figure.id.clone()}>
            <p class="value">{ figure.shown(lang) }</p>
            // A <div>, not a <p>: a <details> inside a <p> would end the
            // paragraph in the parsed page and break hydration.
            <div class="label">
                { figure.label.get(lang) }{ " " }
                <SourceMark sources={vec![figure.source.clone()]} />
            </div>
        </div>
    }
}
