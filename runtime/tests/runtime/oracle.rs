//! The oracle operators in the real runtime: bonds held through Balances, a round committed and
//! revealed by signed extrinsics, the median published, a value outside the band slashed to the
//! reserve through the purse, the keys the runtime takes, and the parameters' checks.

use crate::common::*;
use atelier_primitives::{
	activity::Offence, models::ModelId, oracle::FeedKey, purse::ProtocolReserve,
};
use atelier_runtime::{
	configs::{
		oracle::OracleKeys,
		parameters::{dynamic_params::oracle, RuntimeParameters},
	},
	OracleOperators, Runtime, RuntimeCall, RuntimeOrigin, System,
};
use frame_support::traits::{fungible::InspectHold, Contains, Get, Hooks};
use pallet_oracle_operators::{commitment, CurrentRound, Feeds, OracleParams, SlashReason};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{BoundedVec, Perbill};

type MaxKeys = <Runtime as pallet_oracle_operators::Config>::MaxKeys;

fn run_to(n: u32) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		OracleOperators::on_initialize(next);
	}
}

fn salt(who: Sr25519Keyring) -> [u8; 32] {
	[who as u8; 32]
}

/// A model's quality and ATL's price, keys in their order.
fn values(model: ModelId, quality: u128) -> BoundedVec<(FeedKey, u128), MaxKeys> {
	BoundedVec::truncate_from(vec![
		(FeedKey::ModelQuality(model), quality),
		(FeedKey::AtlPrice, 50_000),
	])
}

fn reserve_balance() -> atelier_primitives::Balance {
	atelier_runtime::Balances::free_balance(
		<atelier_runtime::Purse as ProtocolReserve<_>>::reserve(),
	)
}

#[test]
fn operators_report_a_round_and_a_value_outside_the_band_pays_the_reserve() {
	dev_ext().execute_with(|| {
		let params = oracle::Operators::get();
		let model = register_model(Sr25519Keyring::Ferdie, Perbill::from_percent(20));
		let quality = FeedKey::ModelQuality(model);
		let reports = [
			(Sr25519Keyring::Alice, 800_000u128),
			(Sr25519Keyring::Bob, 810_000),
			(Sr25519Keyring::Charlie, 790_000),
			(Sr25519Keyring::Dave, 100_000),
		];
		for (who, _) in reports {
			apply_ok(
				who,
				RuntimeCall::OracleOperators(pallet_oracle_operators::Call::register {
					bond: params.min_bond,
				}),
			);
		}
		let reason = pallet_oracle_operators::HoldReason::OperatorBond.into();
		assert_eq!(
			atelier_runtime::Balances::balance_on_hold(&reason, &account(Sr25519Keyring::Dave)),
			params.min_bond
		);
		// The first round opens in the next block.
		run_to(System::block_number() + 1);
		let round = CurrentRound::<Runtime>::get().expect("a round is open");
		for (who, value) in reports {
			let hash = commitment(round.index, &account(who), &values(model, value), &salt(who));
			apply_ok(
				who,
				RuntimeCall::OracleOperators(pallet_oracle_operators::Call::commit {
					round: round.index,
					commitment: hash,
				}),
			);
		}
		run_to(round.commit_ends + 1);
		for (who, value) in reports {
			apply_ok(
				who,
				RuntimeCall::OracleOperators(pallet_oracle_operators::Call::reveal {
					round: round.index,
					values: values(model, value),
					salt: salt(who),
				}),
			);
		}
		let reserve = reserve_balance();
		run_to(round.reveal_ends + 1);
		// The upper median of 100 000, 790 000, 800 000, 810 000 (the middle two agree within
		// the band); Dave's value is far below it.
		assert_eq!(OracleOperators::value(&quality), Some(800_000));
		assert_eq!(OracleOperators::value(&FeedKey::AtlPrice), Some(50_000));
		assert_eq!(Feeds::<Runtime>::get(quality).unwrap().reporters, 4);
		let slash = params.deviation_slash.mul_floor(params.min_bond);
		System::assert_has_event(
			pallet_oracle_operators::Event::OperatorSlashed {
				operator: account(Sr25519Keyring::Dave),
				amount: slash,
				reason: SlashReason::Deviation,
			}
			.into(),
		);
		assert_eq!(reserve_balance(), reserve + slash);
		// Reputation charges it as a dispute upheld: a report the median proved wrong.
		let points = atelier_runtime::Reputation::penalty_of(Offence::OracleDeviation);
		assert!(points > 0);
		System::assert_has_event(
			pallet_reputation::Event::Penalized {
				who: account(Sr25519Keyring::Dave),
				offence: Offence::OracleDeviation,
				points,
			}
			.into(),
		);
		assert_eq!(
			pallet_reputation::Reputations::<Runtime>::get(account(Sr25519Keyring::Dave))
				.map(|r| r.penalties),
			Some(points)
		);
		assert_eq!(CurrentRound::<Runtime>::get().unwrap().index, round.index + 1);
		// A model that does not exist has no quality to report.
		assert!(OracleKeys::contains(&quality));
		assert!(!OracleKeys::contains(&FeedKey::ModelQuality(ModelId(9_999))));
	});
}

#[test]
fn oracle_parameters_are_checked() {
	dev_ext().execute_with(|| {
		let economic: RuntimeOrigin = pallet_governance::Origin::EconomicParameters.into();
		let set = |o: OracleParams<u32>| {
			atelier_runtime::Governance::set_parameter(
				economic.clone(),
				RuntimeParameters::Oracle(oracle::Parameters::Operators(
					oracle::Operators,
					Some(o),
				)),
			)
		};
		let defaults = oracle::Operators::get();
		let refused = Err(pallet_governance::Error::<Runtime>::ParameterOutOfRange.into());
		// A quorum of two is one operator's word against another's.
		assert_eq!(set(OracleParams { quorum: 2, ..defaults }), refused);
		// A withheld reveal must cost something.
		assert_eq!(set(OracleParams { deviation_slash: Perbill::zero(), ..defaults }), refused);
		assert_eq!(set(OracleParams { commit_blocks: 0, ..defaults }), refused);
		assert_eq!(set(OracleParams { stale_rounds: 0, ..defaults }), refused);
		assert_eq!(oracle::Operators::get(), defaults);
		let changed = OracleParams { quorum: 5, ..defaults };
		assert_eq!(set(changed), Ok(()));
		assert_eq!(oracle::Operators::get(), changed);
	});
}
