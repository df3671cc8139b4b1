//! Compiles every axum example the status reference shows. The handlers live
//! in a generated file (tests/axum_examples/handlers.rs), which a unit test in
//! src/core/reference/examples keeps equal to the examples; this test builds
//! the router that mounts them all, so each one type-checks as a handler.
#![cfg(not(target_arch = "wasm32"))]

include!("axum_examples/handlers.rs");

#[test]
fn every_axum_example_mounts_as_a_handler() {
    let _router: axum::Router = router();
}
