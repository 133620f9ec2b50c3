//! plotters draws a static picture; this layer sits on it, placed with the
//! drawing's own mark boxes, so every mark answers to hover, tap and keys.
//! The whole chart is one Tab stop; arrow keys move between marks and
//! Escape closes the tooltip.

use report_data::Lang;
use yew::prelude::*;

use crate::charts::{Datum, KeyAction, MarkBox, focus_mark, key_action, label_separator};

#[derive(Properties, PartialEq)]
pub struct OverlayProps {
    pub marks: Vec<MarkBox>,
    pub width: u32,
    pub height: u32,
    pub data: Vec<Datum>,
    /// Accessible name: the takeaway and how to use the keys.
    pub label: String,
}

#[function_component(Overlay)]
pub fn overlay(props: &OverlayProps) -> Html {
    let active = use_state_eq(|| None::<usize>);
    let separator = label_separator(use_context::<Lang>().unwrap_or_default());
    let count = props.marks.len();
    let onkeydown = {
        let active = active.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let KeyAction::Show(next) = key_action(&e.key(), *active, count) {
                e.prevent_default();
                active.set(next);
            }
        })
    };
    let onfocus = {
        let active = active.clone();
        Callback::from(move |_| active.set(focus_mark(*active, count)))
    };
    let setter = active.setter();
    let (on_blur, on_leave) = (setter.clone(), setter);
    let (w, h) = (f64::from(props.width), f64::from(props.height));
    let pct = |v: f64, of: f64| format!("{:.3}%", v / of * 100.0);
    let marks = props.marks.iter().enumerate().map(|(i, m)| {
        let pick = {
            let active = active.clone();
            Callback::from(move |_| active.set(Some(i)))
        };
        let style = format!(
            "left:{};top:{};width:{};height:{}",
            pct(m.x, w),
            pct(m.y, h),
            pct(m.w, w),
            pct(m.h, h)
        );
        let class = classes!("mark", (*active == Some(i)).then_some("active"));
        html! { <div {class} {style} data-mark={i.to_string()} onmouseenter={pick.clone()} onclick={pick} /> }
    });
    let tooltip = (*active).and_then(|i| Some((props.marks.get(i)?, props.data.get(i)?)));
    html! {
        <div class="chart-overlay" tabindex="0" role="group" aria-label={props.label.clone()}
            {onkeydown} {onfocus}
            onblur={move |_| on_blur.set(None)} onmouseleave={move |_| on_leave.set(None)}>
            { for marks }
            <div class="tooltip-live" role="status" aria-live="polite">
                { for tooltip.map(|(m, d)| {
                    let centre = (m.x + m.w / 2.0) / w;
                    let align = if centre < 0.25 { "start" } else if centre > 0.75 { "end" } else { "middle" };
                    let style = format!("left:{};top:{}", pct(m.x + m.w / 2.0, w), pct(m.y, h));
                    html! {
                        <div class={classes!("tooltip", align)} {style}>
                            <span class="tooltip-label">{ &d.label }</span>
                            <span class="visually-hidden">{ separator }</span>
                            <strong class="tooltip-value">{ &d.shown }</strong>
                        </div>
                    }
                }) }
            </div>
        </div>
    }
}
