//! Choices about how the app looks that a person makes once and expects to be
//! kept: the colour theme and where the workspace is split. Each is one small
//! value under its own key, read at start; a value this version does not
//! understand means "the default", and is only replaced when the person
//! chooses again.

mod split;
mod theme;

pub use split::{SplitKey, SplitRatio, SPLIT_KEY};
pub use theme::{Theme, THEME_KEY};
