//! A test runtime: System, Balances (with one hold reason of its own) and the purse.

use crate as pallet_purse;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{derive_impl, parameter_types, traits::VariantCount};
use scale_info::TypeInfo;
use sp_runtime::BuildStorage;

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type Purse = pallet_purse;
}

/// The one hold reason of the test: an escrow.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Reason {
	/// Funds held for a payment.
	Escrow,
}

impl VariantCount for Reason {
	const VARIANT_COUNT: u32 = 1;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ExistentialDeposit;
	type AccountStore = System;
	type RuntimeHoldReason = Reason;
}

pub const ED: Balance = 10;
pub const RESERVE: AccountId = 999;
pub const PAYER: AccountId = 1;
pub const HOLDER: AccountId = 2;
/// An account that does not exist at genesis.
pub const NEWCOMER: AccountId = 3;

parameter_types! {
	pub const ExistentialDeposit: Balance = ED;
	pub static ReserveAccount: AccountId = RESERVE;
}

impl pallet_purse::Config for Test {
	type Currency = Balances;
	type ReserveAccount = ReserveAccount;
}

/// Builds the mock's genesis: the payer and a holder funded, the reserve at its existential
/// deposit unless `without_reserve`.
#[derive(Default)]
pub struct ExtBuilder {
	without_reserve: bool,
}

impl ExtBuilder {
	/// A chain whose reserve account does not exist.
	pub fn without_reserve(mut self) -> Self {
		self.without_reserve = true;
		self
	}

	/// The externalities, at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut balances = vec![(PAYER, 1_000), (HOLDER, 1_000)];
		if !self.without_reserve {
			balances.push((RESERVE, ED));
		}
		pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Builds and runs the test (the purse has no storage, so no invariants to check after it).
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(test);
	}
}

/// The purse's events so far.
pub fn events() -> Vec<crate::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Purse(e) => Some(e),
			_ => None,
		})
		.collect()
}
