use report_data::Lang;
use yew::prelude::*;

use super::say::pause;
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
    let (value, label) = (figure.shown(lang), figure.label.get(lang));
    html! {
        <div class="big-number" data-figure={figure.id.clone()} data-say={pause(lang)}>
            <p class="value">{ value }</p>
            // A <div>, not a <p>: a <details> inside a <p> would end the
            // paragraph in the parsed page and break hydration.
            <div class="label">
                { label }{ " " }
                <SourceMark sources={vec![figure.source.clone()]} />
            </div>
        </div>
    }
}
