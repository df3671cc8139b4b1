//! Tests for collections, one file per module, sharing the builders in `support`.

mod backup;
mod depth;
mod document;
mod edit;
mod environment;
mod filter;
mod history;
mod merge;
mod places;
mod props;
mod save;
mod share;
mod share_clean;
mod share_link;
mod share_names;
mod share_props;
mod support;
mod upgrade;
