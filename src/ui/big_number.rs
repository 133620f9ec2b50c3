use report_data::Lang;
use yew::prelude::*;

use super::source_note::SourceNote;
use crate::embedded::report;

#[derive(Properties, PartialEq)]
pub struct BigNumberProps {
    pub id: AttrValue,
}

/// A reported figure as a landmark: the number as the seed writes it, its
/// label under it, and the source sentence one tap away.
#[function_component(BigNumber)]
pub fn big_number(props: &BigNumberProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let Some(figure) = report().figure(&props.id) else {
        return Html::default();
    };
    html! {
        <figure class="big-number">
            <p class="value">{ figure.shown(lang) }</p>
            <figcaption class="label">{ figure.label.get(lang) }</figcaption>
            <SourceNote source={figure.source.clone()} />
        </figure>
    }
}
