//! A test runtime: System and the clock, with a 6-second default and bounds of 1 to 60 seconds.

use crate as pallet_clock;
use atelier_primitives::Moment;
use frame_support::{derive_impl, traits::ConstU64};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Clock = pallet_clock;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

pub const DEFAULT: Moment = 6_000;
pub const MIN: Moment = 1_000;
pub const MAX: Moment = 60_000;
pub const DEFAULT_EPOCH: u64 = 600;
pub const MIN_EPOCH: u64 = 10;
pub const MAX_EPOCH: u64 = 14_400;

impl pallet_clock::Config for Test {
	type DefaultSlotDuration = ConstU64<DEFAULT>;
	type MinSlotDuration = ConstU64<MIN>;
	type MaxSlotDuration = ConstU64<MAX>;
	type DefaultEpochDuration = ConstU64<DEFAULT_EPOCH>;
	type MinEpochDuration = ConstU64<MIN_EPOCH>;
	type MaxEpochDuration = ConstU64<MAX_EPOCH>;
}

/// Builds the mock's genesis, with the slot duration it names (none by default).
#[derive(Default)]
pub struct ExtBuilder {
	slot_duration: Option<Moment>,
	epoch_duration: Option<u64>,
}

impl ExtBuilder {
	/// A genesis that names `duration`.
	pub fn slot_duration(mut self, duration: Moment) -> Self {
		self.slot_duration = Some(duration);
		self
	}

	/// A genesis that names an epoch of `slots`.
	pub fn epoch_duration(mut self, slots: u64) -> Self {
		self.epoch_duration = Some(slots);
		self
	}

	/// The externalities, at block 1, built as a chain's genesis is (the pallets' storage
	/// versions included).
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			clock: pallet_clock::GenesisConfig {
				slot_duration: self.slot_duration,
				epoch_duration: self.epoch_duration,
				_config: Default::default(),
			},
		}
		.build_storage()
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Builds and runs the test, then checks the clock's invariant.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Clock::do_try_state().expect("the clock's invariant holds after the test");
		});
	}
}
