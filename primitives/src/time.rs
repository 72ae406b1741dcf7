//! Block times.

use super::{BlockNumber, Moment};

/// Target time between blocks on every chain users run. Periods the runtime states in blocks
/// (`MINUTES`, `HOURS`, `DAYS`) assume it. The end-to-end tests' chains choose shorter slots at
/// genesis (`pallet-clock`), so their periods pass quicker in wall time.
pub const MILLISECS_PER_BLOCK: Moment = 6000;
/// BABE's slot duration on every chain users run; it cannot change after genesis.
pub const SLOT_DURATION: Moment = MILLISECS_PER_BLOCK;
/// Blocks per minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

/// Slots in a BABE epoch, which is one session (one validator set), on every chain users run:
/// an hour. It cannot change after genesis.
pub const EPOCH_DURATION: u64 = HOURS as u64;
