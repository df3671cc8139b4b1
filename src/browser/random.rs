//! Random bits for ids (not for secrets: ids only need to be unlikely to collide).

pub fn random_u64() -> u64 {
    let half = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (half() << 32) | half()
}
