//! Tests of the real Atelier runtime, compiled natively.
//!
//! State comes from the runtime's own `development` genesis preset, merged over the default
//! genesis config as the node does it. Transactions are real signed extrinsics (sr25519 dev keys,
//! the standard transaction extensions) applied through `Executive`, so fees, nonces and
//! signature checks run exactly as on chain.
//!
//! Built with the `try-runtime` feature, so that every pallet's `try_state` invariants run on the
//! state each test leaves. `scripts/test.sh` runs them with
//! `cargo nextest run -p atelier-runtime --features try-runtime`.

mod assets;
mod attacks;
mod attestation;
mod chain;
mod common;
mod compute;
mod governance;
mod oracle;
mod provenance;
mod proxy;
mod reputation;
mod reserve;
mod shares;
mod steering;
mod transactions;
mod validators;
