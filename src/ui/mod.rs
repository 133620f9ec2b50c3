//! Yew views. They only wire report data and state to markup; everything
//! that can be computed without a browser lives outside this folder.
//!
//! The page is static (`page`, native only: the wasm cannot link it) with
//! islands in it (`island`): the explorer and each chart's drawing, which `hydrate` brings to life one by one.

mod chart;
mod explorer;
pub mod fingerprint;
#[cfg(target_arch = "wasm32")]
mod hydrate;
pub mod island;
#[cfg(not(target_arch = "wasm32"))]
pub mod page;
#[cfg(not(target_arch = "wasm32"))]
mod source_mark;

#[cfg(target_arch = "wasm32")]
pub use hydrate::start;
