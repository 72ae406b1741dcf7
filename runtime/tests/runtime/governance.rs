//! Governance on the real runtime: a full referendum on each track (a preimage, the submission,
//! the decision deposit, votes weighted by reputation, confirmation, enactment by the
//! scheduler), parameters refused by their checks, the whale against a creator community, the
//! lock on a voter's stake, and the limits of each proxy type.

use crate::{
	common::*,
	reputation::{mint_output, register_worker, sell, submit_job, worker_key},
};
use atelier_primitives::time::{DAYS, HOURS};
use atelier_runtime::{
	configs::{
		accounts::ProxyType,
		governance::tracks,
		parameters::{dynamic_params, FeeBounds, RuntimeParameters},
	},
	ComputeMarket, OriginCaller, Reputation, RuntimeOrigin, Scheduler,
};
use frame_support::traits::{schedule::DispatchTime, Bounded, Get, Hooks};
use pallet_compute_market::{receipt_signing_payload, HardwareClass, JobId, Receipt};
use pallet_referenda::ReferendumInfo;
use sp_core::{Pair, H256};
use sp_runtime::traits::{BlakeTwo256, Hash};

pub(crate) fn governance(origin: pallet_governance::Origin) -> OriginCaller {
	OriginCaller::Governance(origin)
}

/// Notes `call`'s preimage, submits it on the track of `origin`, and places the decision deposit.
pub(crate) fn submit(proposer: Sr25519Keyring, origin: OriginCaller, call: RuntimeCall) -> u32 {
	let bytes = call.encode();
	let hash = BlakeTwo256::hash(&bytes);
	apply_ok(
		proposer,
		RuntimeCall::Preimage(pallet_preimage::Call::note_preimage { bytes: bytes.clone() }),
	);
	apply_ok(
		proposer,
		RuntimeCall::Referenda(pallet_referenda::Call::submit {
			proposal_origin: Box::new(origin),
			proposal: Bounded::Lookup { hash, len: bytes.len() as u32 },
			enactment_moment: DispatchTime::After(0),
		}),
	);
	let index = pallet_referenda::ReferendumCount::<Runtime>::get() - 1;
	apply_ok(
		proposer,
		RuntimeCall::Referenda(pallet_referenda::Call::place_decision_deposit { index }),
	);
	index
}

pub(crate) fn vote(who: Sr25519Keyring, poll: u32, aye: bool) -> ApplyExtrinsicResult {
	apply(who, RuntimeCall::Governance(pallet_governance::Call::vote { poll, aye }))
}

/// Runs the scheduler (which drives the referenda's alarms and enactments) block after block
/// until `done`, at most `max` blocks; returns the blocks it took.
pub(crate) fn run_until(max: u32, done: impl Fn() -> bool) -> u32 {
	let start = System::block_number();
	for n in start + 1..=start + max {
		System::set_block_number(n);
		Scheduler::on_initialize(n);
		if done() {
			return n - start;
		}
	}
	panic!("not done within {max} blocks");
}

pub(crate) fn approved(index: u32) -> bool {
	matches!(
		pallet_referenda::ReferendumInfoFor::<Runtime>::get(index),
		Some(ReferendumInfo::Approved(..))
	)
}

/// Runs until the referendum is approved and its call was dispatched; returns the dispatch's
/// result. The enactment is the scheduler's named task (the referenda's alarms are anonymous).
pub(crate) fn enact(index: u32, max: u32) -> sp_runtime::DispatchResult {
	run_until(max, || approved(index));
	System::reset_events();
	run_until(max, || {
		System::events().iter().any(|r| {
			matches!(
				r.event,
				RuntimeEvent::Scheduler(pallet_scheduler::Event::Dispatched { id: Some(_), .. })
			)
		})
	});
	System::events()
		.iter()
		.find_map(|r| match &r.event {
			RuntimeEvent::Scheduler(pallet_scheduler::Event::Dispatched {
				id: Some(_),
				result,
				..
			}) => Some(*result),
			_ => None,
		})
		.expect("dispatched")
}

/// The dev preset's founding creators (Alice, Bob, Charlie and Dave: 10 000 of the 15 000
/// seed points) vote aye on `index`.
pub(crate) fn founders_vote(index: u32) {
	for who in
		[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie, Sr25519Keyring::Dave]
	{
		assert_eq!(vote(who, index, true), Ok(Ok(())));
	}
}

/// Gives each of `creators` 1 000 points of matured creation the way a creator earns them: a
/// sale of an output of theirs, 100 000 ATL, pays the reserve 20 000 ATL (the royalty share to
/// the reserve raised to its 20% ceiling for the sales), and four weeks pass.
pub(crate) fn creators(creators: &[Sr25519Keyring]) {
	use dynamic_params::royalties;
	let shares = royalties::Shares::get();
	let mut dear = shares;
	dear.reserve = Perbill::from_percent(20);
	let set = |s| {
		atelier_runtime::Governance::set_parameter(
			RuntimeOrigin::root(),
			RuntimeParameters::Royalties(royalties::Parameters::Shares(royalties::Shares, Some(s))),
		)
	};
	assert_eq!(set(dear), Ok(()));
	let model = register_model(Sr25519Keyring::Ferdie, Perbill::from_percent(20));
	for who in creators {
		let output = mint_output(*who, model);
		sell(*who, Sr25519Keyring::Ferdie, output, 100_000 * UNIT);
	}
	assert_eq!(set(shares), Ok(()));
	System::set_block_number(System::block_number() + 28 * DAYS);
	for who in creators {
		apply_ok(
			Sr25519Keyring::Ferdie,
			RuntimeCall::Reputation(pallet_reputation::Call::refresh { who: account(*who) }),
		);
		assert_eq!(score(*who), 1_000);
	}
}

fn score(who: Sr25519Keyring) -> u64 {
	Reputation::reputation_of(&account(who)).score
}

fn fee_bounds(bounds: FeeBounds) -> RuntimeParameters {
	RuntimeParameters::Compute(dynamic_params::compute::Parameters::BaseFeeBounds(
		dynamic_params::compute::BaseFeeBounds,
		Some(bounds),
	))
}

/// The economic parameters track raises the compute market's fee floor; the next block's base
/// fee follows it.
#[test]
fn an_economic_referendum_changes_a_parameter_the_pallet_reads() {
	dev_ext().execute_with(|| {
		let floor = 5 * atelier_primitives::currency::MICRO_UNIT;
		let call = RuntimeCall::Governance(pallet_governance::Call::set_parameter {
			key_value: fee_bounds(FeeBounds { floor, ceiling: UNIT }),
		});
		let index = submit(
			Sr25519Keyring::Alice,
			governance(pallet_governance::Origin::EconomicParameters),
			call,
		);
		founders_vote(index);
		// A whole track's periods: an hour to prepare, a day to confirm, an hour to enact.
		// The base fees run at the old floor until the enactment.
		ComputeMarket::on_initialize(System::block_number());
		assert_eq!(
			pallet_compute_market::BaseFee::<Runtime>::get(HardwareClass::Cpu),
			atelier_primitives::currency::MICRO_UNIT
		);
		assert_eq!(enact(index, 3 * DAYS), Ok(()));
		assert_eq!(<Runtime as pallet_compute_market::Config>::MinBaseFee::get(), floor);
		// Moved into the new bounds at once, in the enactment's block.
		for class in [HardwareClass::Cpu, HardwareClass::ConsumerGpu, HardwareClass::DatacenterGpu]
		{
			assert_eq!(pallet_compute_market::BaseFee::<Runtime>::get(class), floor);
		}
		System::assert_has_event(
			pallet_compute_market::Event::BaseFeeUpdated {
				class: HardwareClass::Cpu,
				base_fee_per_unit: floor,
			}
			.into(),
		);
	});
}

/// A value that breaks the chain fails its referendum's enactment and changes nothing; the same
/// checks refuse it from the track's origin directly.
#[test]
fn invalid_parameter_values_are_refused() {
	dev_ext().execute_with(|| {
		let economic: RuntimeOrigin = pallet_governance::Origin::EconomicParameters.into();
		let set =
			|key_value| atelier_runtime::Governance::set_parameter(economic.clone(), key_value);
		let before = <Runtime as pallet_compute_market::Config>::MinBaseFee::get();
		// A floor above its ceiling; a zero floor.
		assert_eq!(
			set(fee_bounds(FeeBounds { floor: 2 * UNIT, ceiling: UNIT })),
			Err(pallet_governance::Error::<Runtime>::ParametersInconsistent.into())
		);
		assert_eq!(
			set(fee_bounds(FeeBounds { floor: 0, ceiling: UNIT })),
			Err(pallet_governance::Error::<Runtime>::ParameterOutOfRange.into())
		);
		// Shares that no longer add up to 100%.
		let mut split = dynamic_params::compute::BaseFeeSplit::get();
		split.licensing = Perbill::zero();
		assert_eq!(
			set(RuntimeParameters::Compute(dynamic_params::compute::Parameters::BaseFeeSplit(
				dynamic_params::compute::BaseFeeSplit,
				Some(split),
			))),
			Err(pallet_governance::Error::<Runtime>::ParametersInconsistent.into())
		);
		// Tiers out of order; a retention of 100% (no decay).
		assert_eq!(
			set(RuntimeParameters::Reputation(
				dynamic_params::reputation::Parameters::TierThresholds(
					dynamic_params::reputation::TierThresholds,
					Some([1_000, 900, 50_000]),
				)
			)),
			Err(pallet_governance::Error::<Runtime>::ParametersInconsistent.into())
		);
		assert_eq!(
			set(RuntimeParameters::Reputation(
				dynamic_params::reputation::Parameters::CreationRetention(
					dynamic_params::reputation::CreationRetention,
					Some(Perbill::one()),
				)
			)),
			Err(pallet_governance::Error::<Runtime>::ParameterOutOfRange.into())
		);
		// The protocol's royalty shares above the cap.
		let mut shares = dynamic_params::royalties::Shares::get();
		shares.max_stack = Perbill::from_percent(15);
		assert_eq!(
			set(RuntimeParameters::Royalties(dynamic_params::royalties::Parameters::Shares(
				dynamic_params::royalties::Shares,
				Some(shares),
			))),
			Err(pallet_governance::Error::<Runtime>::ParametersInconsistent.into())
		);
		// A signed account, and another track's origin, cannot set any.
		assert_eq!(
			apply(
				Sr25519Keyring::Bob,
				RuntimeCall::Governance(pallet_governance::Call::set_parameter {
					key_value: fee_bounds(FeeBounds { floor: 2, ceiling: UNIT }),
				})
			),
			Ok(Err(DispatchError::BadOrigin))
		);
		assert_eq!(
			atelier_runtime::Governance::set_parameter(
				pallet_governance::Origin::Treasurer.into(),
				fee_bounds(FeeBounds { floor: 2, ceiling: UNIT }),
			),
			Err(DispatchError::BadOrigin)
		);

		// Through a referendum: approved, but its enactment fails and changes nothing.
		let index = submit(
			Sr25519Keyring::Alice,
			governance(pallet_governance::Origin::EconomicParameters),
			RuntimeCall::Governance(pallet_governance::Call::set_parameter {
				key_value: fee_bounds(FeeBounds { floor: 2 * UNIT, ceiling: UNIT }),
			}),
		);
		founders_vote(index);
		assert_eq!(
			enact(index, 3 * DAYS),
			Err(pallet_governance::Error::<Runtime>::ParametersInconsistent.into())
		);
		assert_eq!(<Runtime as pallet_compute_market::Config>::MinBaseFee::get(), before);
	});
}

/// A whale with 900 000 ATL staked and one sale against four creators of 1 000 points: stake
/// counts only up to twice its own creation, so the whale's vote weighs 30 against the
/// community's thousands, and a whale without creation has no vote at all.
#[test]
fn a_whale_cannot_outvote_a_creator_community() {
	dev_ext().execute_with(|| {
		let whale = Sr25519Keyring::EveStash;
		apply_ok(
			whale,
			RuntimeCall::Reputation(pallet_reputation::Call::stake { amount: 900_000 * UNIT }),
		);
		// The stake matures fully.
		System::set_block_number(System::block_number() + 28 * DAYS);
		assert_eq!(score(whale), 0);
		// One 10 000 ATL sale pays the reserve 200 ATL: 10 creation points once matured (with
		// the creators' below), and the stake counts up to 20 beside them (its √900 000 ATL ×
		// 10 = 9 480 stake points are capped).
		let model = register_model(Sr25519Keyring::Ferdie, Perbill::from_percent(20));
		let output = mint_output(whale, model);
		sell(whale, Sr25519Keyring::Ferdie, output, 10_000 * UNIT);
		let weight = |who: Sr25519Keyring| {
			<Reputation as atelier_primitives::reputation::VoteStake<AccountId>>::vote_weight(
				&account(who),
			)
		};
		// Its creation has not matured: no vote weight yet, however large the stake.
		assert_eq!(weight(whale), 0);
		let community = [
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
			Sr25519Keyring::Eve,
		];
		creators(&community);
		let index = submit(
			Sr25519Keyring::Bob,
			governance(pallet_governance::Origin::EconomicParameters),
			RuntimeCall::Governance(pallet_governance::Call::set_parameter {
				key_value: fee_bounds(FeeBounds { floor: 2, ceiling: UNIT }),
			}),
		);
		let info = Reputation::reputation_of(&account(whale));
		assert_eq!((info.creation, info.stake_points, info.score), (10, 9_480, 30));
		assert_eq!(vote(whale, index, false), Ok(Ok(())));
		let mut ayes = 0;
		for who in community {
			ayes += weight(who);
			assert_eq!(vote(who, index, true), Ok(Ok(())));
		}
		let Some(ReferendumInfo::Ongoing(status)) =
			pallet_referenda::ReferendumInfoFor::<Runtime>::get(index)
		else {
			panic!("ongoing")
		};
		assert_eq!((status.tally.ayes, status.tally.nays), (ayes, 30));
		assert!(ayes > 4_000);
		assert_eq!(enact(index, 3 * DAYS), Ok(()));
	});
}

/// A vote locks the voter's stake until the vote is removed; the lock goes with the vote, once
/// the referendum has ended or by the voter's own removal.
#[test]
fn a_vote_locks_the_stake_behind_it() {
	dev_ext().execute_with(|| {
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::Reputation(pallet_reputation::Call::stake { amount: 1_000 * UNIT }),
		);
		let index = submit(
			Sr25519Keyring::Alice,
			governance(pallet_governance::Origin::EconomicParameters),
			RuntimeCall::Governance(pallet_governance::Call::set_parameter {
				key_value: fee_bounds(FeeBounds { floor: 2, ceiling: UNIT }),
			}),
		);
		founders_vote(index);
		assert_eq!(
			apply(
				Sr25519Keyring::Bob,
				RuntimeCall::Reputation(pallet_reputation::Call::unstake { amount: 1_000 * UNIT })
			),
			Ok(Err(pallet_reputation::Error::<Runtime>::StakeLockedByVote.into()))
		);
		// Nobody else may pull Bob's vote while the referendum is open.
		assert_eq!(
			apply(
				Sr25519Keyring::Charlie,
				RuntimeCall::Governance(pallet_governance::Call::remove_other_vote {
					who: account(Sr25519Keyring::Bob),
					poll: index,
				})
			),
			Ok(Err(pallet_governance::Error::<Runtime>::PollOngoing.into()))
		);
		assert_eq!(enact(index, 3 * DAYS), Ok(()));
		// Ended: anyone tidies up, and the stake is free to leave.
		apply_ok(
			Sr25519Keyring::Charlie,
			RuntimeCall::Governance(pallet_governance::Call::remove_other_vote {
				who: account(Sr25519Keyring::Bob),
				poll: index,
			}),
		);
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::Reputation(pallet_reputation::Call::unstake { amount: 1_000 * UNIT }),
		);
	});
}

/// The treasury track approves a spend in aUSD; it is paid from the reserve account, where the
/// fee shares arrive.
#[test]
fn a_treasury_referendum_pays_a_grant_in_ausd() {
	dev_ext().execute_with(|| {
		use atelier_runtime::configs::monetary::ReserveAccount;
		// Fees in aUSD reached the reserve.
		apply_ok(
			Sr25519Keyring::Alice,
			RuntimeCall::Assets(pallet_assets::Call::transfer {
				id: stablecoin::ASSET_ID.into(),
				target: ReserveAccount::get().into(),
				amount: 5_000 * stablecoin::DOLLAR,
			}),
		);
		let grant = 1_000 * stablecoin::DOLLAR;
		let index = submit(
			Sr25519Keyring::Bob,
			governance(pallet_governance::Origin::Treasurer),
			RuntimeCall::Treasury(pallet_treasury::Call::spend {
				asset_kind: Box::new(NativeOrWithId::WithId(stablecoin::ASSET_ID)),
				amount: grant,
				beneficiary: Box::new(account(Sr25519Keyring::Ferdie)),
				valid_from: None,
			}),
		);
		founders_vote(index);
		assert_eq!(enact(index, 2 * DAYS), Ok(()));
		let before = usd(Sr25519Keyring::Ferdie);
		apply_ok(
			Sr25519Keyring::Ferdie,
			RuntimeCall::Treasury(pallet_treasury::Call::payout { index: 0 }),
		);
		assert_eq!(usd(Sr25519Keyring::Ferdie), before + grant);
		// A signed account cannot spend.
		assert_eq!(
			apply(
				Sr25519Keyring::Bob,
				RuntimeCall::Treasury(pallet_treasury::Call::spend {
					asset_kind: Box::new(NativeOrWithId::Native),
					amount: UNIT,
					beneficiary: Box::new(account(Sr25519Keyring::Bob)),
					valid_from: None,
				})
			),
			Ok(Err(DispatchError::BadOrigin))
		);
	});
}

/// The disputes track upholds a compute dispute within hours: the worker is slashed and
/// penalised, as when Root decided.
#[test]
fn a_disputes_referendum_decides_a_compute_dispute_in_hours() {
	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		register_worker(Sr25519Keyring::Ferdie, HardwareClass::Cpu, 100_000);
		assert_eq!(
			submit_job(Sr25519Keyring::Bob, model, HardwareClass::Cpu, 100_000, 50),
			Ok(Ok(()))
		);
		crate::reputation::next_block();
		let receipt =
			Receipt { job: JobId(0), output_hash: H256::repeat_byte(4), units_used: 100_000 };
		let signature = worker_key(Sr25519Keyring::Ferdie)
			.sign(&receipt_signing_payload(&System::block_hash(0), &receipt));
		assert_eq!(
			Executive::apply_extrinsic(UncheckedExtrinsic::new_bare(RuntimeCall::ComputeMarket(
				pallet_compute_market::Call::submit_receipt {
					receipt,
					signature: signature.into()
				},
			))),
			Ok(Ok(()))
		);
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::ComputeMarket(pallet_compute_market::Call::dispute_receipt {
				job: JobId(0),
			}),
		);
		let index = submit(
			Sr25519Keyring::Dave,
			governance(pallet_governance::Origin::Disputes),
			RuntimeCall::ComputeMarket(pallet_compute_market::Call::resolve_dispute {
				job: JobId(0),
				uphold: true,
			}),
		);
		founders_vote(index);
		let start = System::block_number();
		assert_eq!(enact(index, DAYS), Ok(()));
		// Ten minutes to prepare, half an hour to confirm, a block to enact: under an hour.
		assert!(System::block_number() - start < atelier_primitives::time::HOURS);
		assert_eq!(Reputation::reputation_of(&account(Sr25519Keyring::Ferdie)).penalties, 1_000);
		// The track's origin is the dispute origin; a signed account is not.
		assert_eq!(
			apply(
				Sr25519Keyring::Bob,
				RuntimeCall::ComputeMarket(pallet_compute_market::Call::resolve_dispute {
					job: JobId(0),
					uphold: true,
				})
			),
			Ok(Err(DispatchError::BadOrigin))
		);
	});
}

/// The root track authorizes a runtime upgrade, which anyone may then apply with the code.
#[test]
fn a_root_referendum_authorizes_a_runtime_upgrade() {
	dev_ext().execute_with(|| {
		let code_hash = H256::repeat_byte(0x42);
		let index = submit(
			Sr25519Keyring::Bob,
			OriginCaller::system(frame_system::RawOrigin::Root),
			RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash }),
		);
		assert_eq!(
			pallet_referenda::ReferendumInfoFor::<Runtime>::get(index).and_then(
				|info| match info {
					ReferendumInfo::Ongoing(status) => Some(status.track),
					_ => None,
				}
			),
			Some(tracks::ROOT)
		);
		founders_vote(index);
		assert_eq!(enact(index, 4 * DAYS), Ok(()));
		System::assert_has_event(
			frame_system::Event::UpgradeAuthorized { code_hash, check_version: true }.into(),
		);
	});
}

/// Attack 6: a junk referendum on the root track (a refundable decision deposit, a remark no
/// one will vote for) used to hold its only decision slot for 14 days, and only Root, which
/// that track alone reaches, could cancel it. Now an honest root referendum decides beside it,
/// and the killer track, without Root, kills the junk and slashes its deposits.
#[test]
fn one_junk_referendum_does_not_hold_the_root_track() {
	dev_ext().execute_with(|| {
		let eve = account(Sr25519Keyring::Eve);
		let total =
			|who| <Balances as frame_support::traits::fungible::Inspect<_>>::total_balance(who);
		let eve_before = total(&eve);
		let junk = submit(
			Sr25519Keyring::Eve,
			OriginCaller::system(frame_system::RawOrigin::Root),
			RuntimeCall::System(frame_system::Call::remark { remark: b"junk".to_vec() }),
		);
		let code_hash = H256::repeat_byte(0x42);
		let honest = submit(
			Sr25519Keyring::Bob,
			OriginCaller::system(frame_system::RawOrigin::Root),
			RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash }),
		);
		let deciding = |index| {
			matches!(
				pallet_referenda::ReferendumInfoFor::<Runtime>::get(index),
				Some(ReferendumInfo::Ongoing(status)) if status.deciding.is_some()
			)
		};
		run_until(3 * HOURS, || deciding(junk) && deciding(honest));
		founders_vote(honest);
		assert_eq!(enact(honest, 4 * DAYS), Ok(()));
		System::assert_has_event(
			frame_system::Event::UpgradeAuthorized { code_hash, check_version: true }.into(),
		);

		// The killer track kills the junk; Eve loses both her deposits.
		let kill = submit(
			Sr25519Keyring::Bob,
			governance(pallet_governance::Origin::ReferendumKiller),
			RuntimeCall::Referenda(pallet_referenda::Call::kill { index: junk }),
		);
		founders_vote(kill);
		assert_eq!(enact(kill, 15 * DAYS), Ok(()));
		assert!(matches!(
			pallet_referenda::ReferendumInfoFor::<Runtime>::get(junk),
			Some(ReferendumInfo::Killed(..))
		));
		let slashed = 1_000 * UNIT + 10 * UNIT;
		assert!(total(&eve) <= eve_before - slashed);
	});
}

/// The canceller track cancels a referendum on another track, its deposits refunded.
#[test]
fn the_canceller_track_cancels_a_referendum_without_root() {
	dev_ext().execute_with(|| {
		let target = submit(
			Sr25519Keyring::Eve,
			governance(pallet_governance::Origin::EconomicParameters),
			RuntimeCall::Governance(pallet_governance::Call::set_parameter {
				key_value: fee_bounds(FeeBounds { floor: 2, ceiling: UNIT }),
			}),
		);
		let cancel = submit(
			Sr25519Keyring::Bob,
			governance(pallet_governance::Origin::ReferendumCanceller),
			RuntimeCall::Referenda(pallet_referenda::Call::cancel { index: target }),
		);
		founders_vote(cancel);
		assert_eq!(enact(cancel, 8 * DAYS), Ok(()));
		assert!(matches!(
			pallet_referenda::ReferendumInfoFor::<Runtime>::get(target),
			Some(ReferendumInfo::Cancelled(..))
		));
	});
}

/// The `local` presets carry no sudo key: only referenda govern them.
#[test]
fn local_chains_have_no_sudo() {
	for preset in ["local_testnet", "local_fast"] {
		genesis_ext(preset).execute_with(|| {
			assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
		});
	}
	dev_ext().execute_with(|| {
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(account(Sr25519Keyring::Alice)));
		assert_eq!(pallet_governance::TrackPeriodDivisor::<Runtime>::get(), 1);
	});
}

/// A compute proxy acts in the compute market only; a governance proxy votes but moves no funds.
#[test]
fn proxies_act_only_within_their_kind() {
	dev_ext().execute_with(|| {
		let add = |who: Sr25519Keyring, delegate: Sr25519Keyring, proxy_type| {
			apply_ok(
				who,
				RuntimeCall::Proxy(pallet_proxy::Call::add_proxy {
					delegate: account(delegate).into(),
					proxy_type,
					delay: 0,
				}),
			)
		};
		add(Sr25519Keyring::Bob, Sr25519Keyring::Eve, ProxyType::Governance);
		add(Sr25519Keyring::Bob, Sr25519Keyring::Ferdie, ProxyType::Compute);
		let index = submit(
			Sr25519Keyring::Alice,
			governance(pallet_governance::Origin::EconomicParameters),
			RuntimeCall::Governance(pallet_governance::Call::set_parameter {
				key_value: fee_bounds(FeeBounds { floor: 2, ceiling: UNIT }),
			}),
		);
		let via = |delegate: Sr25519Keyring, call: RuntimeCall| {
			System::reset_events();
			apply_ok(
				delegate,
				RuntimeCall::Proxy(pallet_proxy::Call::proxy {
					real: account(Sr25519Keyring::Bob).into(),
					force_proxy_type: None,
					call: Box::new(call),
				}),
			);
			System::events()
				.iter()
				.find_map(|r| match &r.event {
					RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted { result }) => {
						Some(*result)
					},
					_ => None,
				})
				.expect("the proxy executed")
		};
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: account(Sr25519Keyring::Eve).into(),
			value: UNIT,
		});
		let bob_vote =
			RuntimeCall::Governance(pallet_governance::Call::vote { poll: index, aye: true });
		// The governance key votes for Bob (with Bob's weight) but cannot move his funds, nor
		// slip a transfer into a batch.
		assert_eq!(via(Sr25519Keyring::Eve, bob_vote.clone()), Ok(()));
		assert_eq!(
			pallet_governance::VotingOf::<Runtime>::get(index, account(Sr25519Keyring::Bob))
				.map(|v| v.weight),
			// Bob's founding seed, whole while the community's own score is zero.
			Some(2_500)
		);
		let filtered = Err(frame_system::Error::<Runtime>::CallFiltered.into());
		assert_eq!(via(Sr25519Keyring::Eve, transfer.clone()), filtered);
		assert_eq!(
			via(
				Sr25519Keyring::Eve,
				RuntimeCall::Utility(pallet_utility::Call::batch_all {
					calls: vec![bob_vote.clone(), transfer.clone()]
				})
			),
			filtered
		);
		// The compute key can neither vote nor transfer.
		assert_eq!(via(Sr25519Keyring::Ferdie, bob_vote), filtered);
		assert_eq!(via(Sr25519Keyring::Ferdie, transfer), filtered);
		// Nor can a limited key grant itself more.
		assert_eq!(
			via(
				Sr25519Keyring::Eve,
				RuntimeCall::Proxy(pallet_proxy::Call::add_proxy {
					delegate: account(Sr25519Keyring::Eve).into(),
					proxy_type: ProxyType::Any,
					delay: 0,
				})
			),
			filtered
		);
	});
}
