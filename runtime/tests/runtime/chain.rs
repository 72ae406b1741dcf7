//! The chain as a whole: presets, metadata, every pallet's integrity test.

use crate::common::*;

#[test]
fn local_preset_has_four_validators_so_one_may_fail() {
	genesis_ext("local_testnet").execute_with(|| {
		assert_eq!(pallet_babe::Authorities::<Runtime>::get().len(), 4);
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 4);
		assert_eq!(pallet_session::Validators::<Runtime>::get().len(), 4);
		assert_eq!(pallet_validators::Active::<Runtime>::get().len(), 4);
	});
	dev_ext().execute_with(|| {
		assert_eq!(pallet_babe::Authorities::<Runtime>::get().len(), 1);
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 1);
	});
}

#[test]
fn metadata_is_offered_at_every_frame_version() {
	// Constants that are dynamic parameters read storage, as they do when a node asks.
	sp_io::TestExternalities::default().execute_with(|| {
		let versions = Runtime::metadata_versions();
		for version in [14, 15, 16] {
			assert!(versions.contains(&version), "{versions:?}");
			assert!(Runtime::metadata_at_version(version).is_some(), "metadata V{version}");
		}
	});
}

#[test]
fn genesis_presets_are_listed_and_unknown_ones_refused() {
	let names = genesis_config_presets::preset_names();
	assert!(names.contains(&"development".into()));
	assert!(names.contains(&"local_testnet".into()));
	assert!(names.contains(&"dev_fast".into()));
	assert!(names.contains(&"local_fast".into()));
	assert!(names.contains(&"production_template".into()));
	assert!(genesis_config_presets::get_preset(&"mainnet".into()).is_none());
}

/// Every chain users run has 6-second slots and one-hour epochs; the end-to-end tests' chains
/// choose 2 seconds and 20 slots at genesis. BABE (its `configuration`, which the node reads)
/// and the timestamp pallet follow the chain's choice, and the choice is in storage (a later
/// default does not move it). On 6-second slots a full block's compute fits in the two thirds of
/// a slot its author takes.
#[test]
fn the_test_chains_have_two_second_slots_and_every_other_chain_six() {
	use frame_support::{traits::Get, weights::constants::WEIGHT_REF_TIME_PER_MILLIS};
	let max_block = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
	assert!(
		max_block.ref_time() / WEIGHT_REF_TIME_PER_MILLIS
			<= atelier_primitives::time::SLOT_DURATION * 2 / 3
	);
	for (preset, slot, epoch) in [
		("development", 6_000, 600),
		("local_testnet", 6_000, 600),
		(genesis_config_presets::PRODUCTION_TEMPLATE_PRESET, 6_000, 600),
		(
			genesis_config_presets::DEV_FAST_PRESET,
			genesis_config_presets::FAST_SLOT_DURATION,
			genesis_config_presets::FAST_EPOCH_DURATION,
		),
		(genesis_config_presets::LOCAL_FAST_PRESET, 2_000, 20),
	] {
		genesis_ext(preset).execute_with(|| {
			// What `BabeApi::configuration` answers the node.
			assert_eq!(atelier_runtime::Babe::slot_duration(), slot, "{preset}");
			assert_eq!(<Runtime as pallet_babe::Config>::EpochDuration::get(), epoch, "{preset}");
			assert_eq!(pallet_clock::EpochDuration::<Runtime>::get(), epoch, "{preset}");
			assert_eq!(pallet_clock::SlotDuration::<Runtime>::get(), slot, "{preset}");
			assert!(pallet_clock::SlotDuration::<Runtime>::exists(), "{preset}");
			assert_eq!(
				<Runtime as pallet_timestamp::Config>::MinimumPeriod::get(),
				slot / 2,
				"{preset}"
			);
			assert_eq!(invariants(), Ok(()));
		});
	}
}

/// The production chain-spec template can govern from its first block (issue 25, attack 8): no
/// sudo key, three validators, the founding attestors active and enough for the quorum, and
/// founders whose seeds make up at least the minimum electorate, so that a referendum's
/// support is measured against them and not against the first point the community earns; no
/// test account is endowed.
#[test]
fn the_production_template_names_founders_and_attestors_and_no_sudo_key() {
	use atelier_primitives::reputation::VoteStake;
	use atelier_runtime::{Governance, Reputation};
	use frame_support::traits::Get;
	genesis_ext(genesis_config_presets::PRODUCTION_TEMPLATE_PRESET).execute_with(|| {
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
		assert_eq!(pallet_babe::Authorities::<Runtime>::get().len(), 3);
		let attestors = genesis_config_presets::production_template_attestors();
		assert!(
			attestors.len() as u32
				>= atelier_runtime::configs::parameters::dynamic_params::attestation::Quorum::get()
		);
		for who in &attestors {
			let attestor = pallet_attestation::Attestors::<Runtime>::get(who).expect("an attestor");
			assert_eq!(attestor.status, pallet_attestation::AttestorStatus::Active);
		}
		let founders = genesis_config_presets::production_template_founders();
		let seeds: u64 = founders.iter().map(|(_, seed)| seed).sum();
		assert_eq!(pallet_reputation::TotalSeed::<Runtime>::get(), seeds);
		assert!(seeds >= <Runtime as pallet_governance::Config>::MinElectorate::get());
		assert_eq!(Governance::electorate(), seeds);
		for (who, seed) in &founders {
			assert_eq!(<Reputation as VoteStake<AccountId>>::vote_weight(who), *seed);
		}
		// The test accounts the other presets endow have nothing here.
		for who in [Sr25519Keyring::Dave, Sr25519Keyring::AliceStash, Sr25519Keyring::BobStash] {
			assert_eq!(Balances::free_balance(account(who)), 0);
		}
		assert_eq!(invariants(), Ok(()));
	});
}

/// Every pallet's `integrity_test` against the runtime's own constants and weights (the runtime
/// crate's unit tests, where `construct_runtime` would run them, are switched off): among them
/// the royalty stack's cap, the compute market's shares and its hook at its bounds within a
/// quarter of a block.
#[test]
fn every_pallet_passes_its_integrity_test_with_the_runtime_constants() {
	use frame_support::traits::IntegrityTest;
	sp_io::TestExternalities::default()
		.execute_with(atelier_runtime::AllPalletsWithSystem::integrity_test);
}

/// The check every runtime test ends with is not vacuous: a pallet whose state is broken fails
/// it (here the compute market, with a base fee below its floor).
#[test]
fn the_invariants_after_each_test_catch_a_broken_pallet() {
	let RuntimeExt(mut ext) = dev_ext();
	ext.execute_with(|| {
		assert_eq!(invariants(), Ok(()));
		pallet_compute_market::BaseFee::<Runtime>::insert(
			atelier_primitives::compute::HardwareClass::Cpu,
			0,
		);
		assert!(invariants().is_err());
		assert_eq!(
			atelier_runtime::ComputeMarket::do_try_state(),
			Err(DispatchError::Other("a base fee is out of bounds"))
		);
	});
}
