//! Validators elected by reputation on the real runtime, through real blocks: each block carries
//! a BABE pre-digest naming its author and slot, and runs through `Executive` (every pallet's
//! hooks: BABE, Session, Authorship, the election). Sessions change when BABE's epoch does.
//!
//! The election (top seats by reputation, ties by bond then account, the set kept when too few
//! are eligible, bounded churn, parameter checks), the idle validator, equivocation reports with
//! key-ownership proofs through `historical`, leaving before a report lands, and the validators'
//! pay from the reserve's budget by blocks authored.

use crate::common::*;
use atelier_primitives::{randomness::ChainRandomness, reputation::VoteStake};
use atelier_runtime::{
	configs::{
		consensus::{BabeRandomness, UNBONDING_SESSIONS, VALIDATORS_PALLET_ID},
		monetary::ReserveAccount,
		parameters::{
			dynamic_params::{reserve, validators},
			RuntimeParameters,
		},
	},
	genesis_config_presets::GENESIS_VALIDATOR_BOND,
	Babe, Governance, Historical, Reserve, RuntimeOrigin, Session, SessionKeys, Timestamp,
	Validators,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, KeyOwnerProofSystem},
};
use pallet_validators::{ElectionParams, Event as ValidatorsEvent, KeepReason, ValidatorPenalties};
use sp_consensus_babe::{
	digests::{CompatibleDigestItem, PreDigest, SecondaryPlainPreDigest},
	Slot, BABE_ENGINE_ID,
};
use sp_core::crypto::Pair;
use sp_runtime::{traits::AccountIdConversion, Digest, DigestItem};

/// The chain's slot and epoch lengths, read once.
fn epoch_length() -> u64 {
	pallet_clock::EpochDuration::<Runtime>::get()
}

/// Ends the current block (setting its timestamp, which BABE checks against its slot) and starts
/// the next one in `slot`, authored by `author` (its index in the session's validators).
fn next_block(slot: u64, author: &AccountId) {
	// Block 1 (the genesis externalities') has no timestamp yet: slot 0.
	if System::block_number() == 1 && pallet_timestamp::Now::<Runtime>::get() == 0 {
		assert_ok!(Timestamp::set(RuntimeOrigin::none(), 0));
	}
	let header = Executive::finalize_block();
	let index = Session::validators()
		.iter()
		.position(|v| v == author)
		.expect("the author validates in this session") as u32;
	let pre_digest = PreDigest::SecondaryPlain(SecondaryPlainPreDigest {
		authority_index: index,
		slot: Slot::from(slot),
	});
	let digest = Digest { logs: vec![DigestItem::PreRuntime(BABE_ENGINE_ID, pre_digest.encode())] };
	Executive::initialize_block(&Header::new(
		header.number + 1,
		Default::default(),
		Default::default(),
		header.hash(),
		digest,
	));
	assert_ok!(Timestamp::set(RuntimeOrigin::none(), slot * Babe::slot_duration()));
}

/// Authors blocks every `step` slots, by `author(slot)`, up to and including the first block of
/// the next session. Returns the slot of that block.
fn run_session(step: u64, author: impl Fn(u64) -> AccountId) -> u64 {
	let session = Session::current_index();
	let mut slot = *pallet_babe::CurrentSlot::<Runtime>::get();
	while Session::current_index() == session {
		slot += step;
		// Never past the epoch's end: a skipped epoch would also skip a session change.
		let end = *Babe::current_epoch_start() + epoch_length();
		if slot > end {
			slot = end;
		}
		next_block(slot, &author(slot));
	}
	slot
}

/// Authors round-robin among the session's validators, skipping `skip`.
fn round_robin(skip: Vec<AccountId>) -> impl Fn(u64) -> AccountId {
	move |slot| {
		let set: Vec<AccountId> =
			Session::validators().into_iter().filter(|v| !skip.contains(v)).collect();
		set[(slot as usize) % set.len()].clone()
	}
}

fn validator_events() -> Vec<ValidatorsEvent<Runtime>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Validators(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// `who`'s session keys (the keyring's sr25519 and ed25519 keys) and their proof of possession.
fn keys_of(who: Sr25519Keyring) -> (SessionKeys, Vec<u8>) {
	session_keys(who, &account(who))
}

/// `who` registers session keys and stands with `bond`.
fn stand(who: Sr25519Keyring, bond: Balance) {
	let (keys, proof) = keys_of(who);
	assert_ok!(Session::set_keys(RuntimeOrigin::signed(account(who)), keys, proof));
	assert_ok!(Validators::register_candidate(RuntimeOrigin::signed(account(who)), bond));
}

fn set_election(params: ElectionParams) {
	assert_ok!(Governance::set_parameter(
		RuntimeOrigin::root(),
		RuntimeParameters::Validators(validators::Parameters::Election(
			validators::Election,
			Some(params)
		)),
	));
}

fn election() -> ElectionParams {
	validators::Election::get()
}

/// The local network (Alice, Bob, Charlie, Dave validating, each a founder with 2 500 points of
/// seed) with more founders: `(who, seed)`.
fn local_with_founders(founders: &[(Sr25519Keyring, u64)]) -> RuntimeExt {
	let extra: Vec<serde_json::Value> = founders
		.iter()
		.map(|(who, seed)| serde_json::json!([account(*who).to_string(), seed]))
		.collect();
	genesis_ext_with("local_testnet", |config| {
		let list = config["reputation"]["founders"].as_array_mut().expect("founders");
		list.extend(extra);
		let seeds: u64 = list.iter().map(|founder| founder[1].as_u64().expect("a seed")).sum();
		config["reputation"]["seedHorizon"] = serde_json::json!(2 * seeds);
	})
}

fn sorted(mut accounts: Vec<AccountId>) -> Vec<AccountId> {
	accounts.sort();
	accounts
}

use frame_support::traits::Get;

#[test]
fn a_candidate_that_outranks_the_weakest_validator_takes_its_seat_a_session_later() {
	local_with_founders(&[(Sr25519Keyring::Eve, 3_000)]).execute_with(|| {
		set_election(ElectionParams { seats: 4, max_seat_changes: 1, ..election() });
		let genesis = sorted(Session::validators());
		assert_eq!(genesis.len(), 4);
		// Equal seeds and bonds: the highest account is the weakest.
		let weakest = genesis.last().cloned().unwrap();

		// Without keys, no candidacy; with a proof made for another account, no keys.
		assert_noop!(
			Validators::register_candidate(
				RuntimeOrigin::signed(account(Sr25519Keyring::Eve)),
				20_000 * UNIT
			),
			pallet_validators::Error::<Runtime>::NoSessionKeys
		);
		let (keys, proof) = keys_of(Sr25519Keyring::Eve);
		assert_noop!(
			Session::set_keys(RuntimeOrigin::signed(account(Sr25519Keyring::Ferdie)), keys, proof),
			pallet_session::Error::<Runtime>::InvalidProof
		);
		stand(Sr25519Keyring::Eve, 20_000 * UNIT);
		assert_eq!(
			Balances::balance_on_hold(
				&pallet_validators::HoldReason::ValidatorBond.into(),
				&account(Sr25519Keyring::Eve)
			),
			20_000 * UNIT
		);

		// Session 0 ends: elected for session 2.
		run_session(5, round_robin(vec![]));
		let elected = Session::current_index() + 1;
		let new_set = validator_events().into_iter().find_map(|e| match e {
			ValidatorsEvent::NewSet { session, validators, entered, left } => {
				Some((session, validators, entered, left))
			},
			_ => None,
		});
		let (session, set, entered, left) = new_set.expect("the election changed the set");
		assert_eq!(session, elected);
		assert_eq!(entered, vec![account(Sr25519Keyring::Eve)]);
		assert_eq!(left, vec![weakest.clone()]);
		assert_eq!(set.len(), 4);
		// Still the old set this session.
		assert!(!Session::validators().contains(&account(Sr25519Keyring::Eve)));

		run_session(5, round_robin(vec![]));
		assert_eq!(Session::current_index(), elected);
		assert!(Session::validators().contains(&account(Sr25519Keyring::Eve)));
		assert!(!Session::validators().contains(&weakest));
		// BABE authors with her key, and GRANDPA finalizes with it.
		let (keys, _) = keys_of(Sr25519Keyring::Eve);
		assert!(Babe::authorities().iter().any(|(id, _)| *id == keys.babe));
		// She authors; the weakest can no longer be named an author.
		next_block(*pallet_babe::CurrentSlot::<Runtime>::get() + 1, &account(Sr25519Keyring::Eve));
		assert_eq!(
			pallet_authorship::Pallet::<Runtime>::author(),
			Some(account(Sr25519Keyring::Eve))
		);
		assert!(pallet_validators::Authored::<Runtime>::get()
			.iter()
			.any(|(who, _)| *who == account(Sr25519Keyring::Eve)));
	});
}

#[test]
fn too_few_eligible_candidates_keep_the_set() {
	// The development chain: Alice alone validates, and the election needs three.
	dev_ext().execute_with(|| {
		assert_eq!(election().min_validators, 3);
		stand(Sr25519Keyring::Bob, 20_000 * UNIT);
		run_session(10, round_robin(vec![]));
		assert!(validator_events().iter().any(|e| matches!(
			e,
			ValidatorsEvent::SetKept {
				reason: KeepReason::TooFewEligible { eligible: 2, needed: 3 },
				..
			}
		)));
		run_session(10, round_robin(vec![]));
		assert_eq!(Session::validators(), vec![account(Sr25519Keyring::Alice)]);
	});
}

#[test]
fn at_most_max_seat_changes_enter_a_session_so_two_thirds_of_the_set_stay() {
	local_with_founders(&[
		(Sr25519Keyring::Eve, 3_000),
		(Sr25519Keyring::Ferdie, 3_000),
		(Sr25519Keyring::CharlieStash, 3_000),
	])
	.execute_with(|| {
		set_election(ElectionParams { seats: 4, max_seat_changes: 1, ..election() });
		for who in [Sr25519Keyring::Eve, Sr25519Keyring::Ferdie, Sr25519Keyring::CharlieStash] {
			stand(who, 20_000 * UNIT);
		}
		let mut previous = sorted(Session::validators());
		for _ in 0..4 {
			run_session(5, round_robin(vec![]));
			let now = sorted(Session::validators());
			let stayed = now.iter().filter(|v| previous.contains(v)).count();
			assert!(stayed * 3 > now.len() * 2, "{previous:?} -> {now:?}");
			previous = now;
		}
		// In the end the three outrank three of the four genesis validators.
		for who in [Sr25519Keyring::Eve, Sr25519Keyring::Ferdie, Sr25519Keyring::CharlieStash] {
			assert!(previous.contains(&account(who)));
		}
	});
}

#[test]
fn raising_the_bond_floor_never_swaps_the_whole_set_at_once() {
	// Governance raises the least bond above every validator's: they stay, below the floor,
	// until outsiders take their seats within the churn bound.
	local_with_founders(&[(Sr25519Keyring::Eve, 100), (Sr25519Keyring::Ferdie, 100)]).execute_with(
		|| {
			let genesis = sorted(Session::validators());
			for who in [Sr25519Keyring::Eve, Sr25519Keyring::Ferdie, Sr25519Keyring::AliceStash] {
				stand(who, 50_000 * UNIT);
			}
			set_election(ElectionParams {
				seats: 4,
				max_seat_changes: 1,
				min_bond: 40_000 * UNIT,
				..election()
			});
			run_session(5, round_robin(vec![]));
			run_session(5, round_robin(vec![]));
			let now = sorted(Session::validators());
			let stayed = now.iter().filter(|v| genesis.contains(v)).count();
			assert_eq!(stayed, 3, "one seat changed: {now:?}");
		},
	);
}

#[test]
fn the_election_parameters_are_checked() {
	dev_ext().execute_with(|| {
		let set = |params| {
			Governance::set_parameter(
				RuntimeOrigin::root(),
				RuntimeParameters::Validators(validators::Parameters::Election(
					validators::Election,
					Some(params),
				)),
			)
		};
		let bad = || pallet_governance::Error::<Runtime>::ParametersInconsistent;
		let out_of_range = || pallet_governance::Error::<Runtime>::ParameterOutOfRange;
		let base = election();
		// Fewer than three validators or four seats (a set shrunk to one account that authors
		// and finalizes alone); more seats than BABE and GRANDPA hold; a bond too cheap to
		// squat a candidacy with.
		for params in [
			ElectionParams { min_validators: 0, ..base },
			ElectionParams { min_validators: 2, ..base },
			ElectionParams { seats: 3, min_validators: 3, max_seat_changes: 1, ..base },
			ElectionParams { seats: 33, ..base },
			ElectionParams { min_bond: 999 * UNIT, ..base },
		] {
			assert_noop!(set(params), out_of_range());
		}
		// A floor above the seats; a third of the set or more changing at once; no change.
		for params in [
			ElectionParams { min_validators: 17, seats: 16, ..base },
			ElectionParams { seats: 6, max_seat_changes: 2, ..base },
			ElectionParams { max_seat_changes: 0, ..base },
		] {
			assert_noop!(set(params), bad());
		}
		assert_ok!(set(ElectionParams { seats: 7, max_seat_changes: 2, ..base }));
		let penalties = |p| {
			Governance::set_parameter(
				RuntimeOrigin::root(),
				RuntimeParameters::Validators(validators::Parameters::Penalties(
					validators::Penalties,
					Some(p),
				)),
			)
		};
		assert!(penalties(ValidatorPenalties {
			equivocation_slash: Perbill::from_percent(1),
			idle_slash: Perbill::from_percent(2),
		})
		.is_err());
		assert!(penalties(ValidatorPenalties {
			equivocation_slash: Perbill::zero(),
			idle_slash: Perbill::zero(),
		})
		.is_err());
		// An idle session costs at most a tenth.
		assert!(penalties(ValidatorPenalties {
			equivocation_slash: Perbill::one(),
			idle_slash: Perbill::from_percent(11),
		})
		.is_err());
	});
}

#[test]
fn a_validator_that_authors_nothing_is_slashed_penalised_and_not_reelected() {
	genesis_ext("local_testnet").execute_with(|| {
		let dave = account(Sr25519Keyring::Dave);
		let weight = <atelier_runtime::Reputation as VoteStake<AccountId>>::vote_weight(&dave);
		// Dave's node is down for session 0: the others author every slot.
		run_session(1, round_robin(vec![dave.clone()]));
		let slashed = Perbill::from_percent(1) * GENESIS_VALIDATOR_BOND;
		assert!(validator_events().contains(&ValidatorsEvent::Idle {
			who: dave.clone(),
			session: 0,
			slashed
		}));
		assert_eq!(
			pallet_validators::Candidates::<Runtime>::get(&dave).unwrap().bond,
			GENESIS_VALIDATOR_BOND - slashed
		);
		// Reputation charges it (a seed is not a score: the penalty waits for one to take).
		assert!(System::events().iter().any(|record| matches!(
			&record.event,
			RuntimeEvent::Reputation(pallet_reputation::Event::Penalized {
				who,
				offence: atelier_primitives::activity::Offence::Idle,
				..
			}) if *who == dave
		)));
		assert_eq!(
			<atelier_runtime::Reputation as VoteStake<AccountId>>::vote_weight(&dave),
			weight
		);
		// Not re-elected: the set of session 2 is the three others.
		let new_set = validator_events().into_iter().find_map(|e| match e {
			ValidatorsEvent::NewSet { validators, left, .. } => Some((validators, left)),
			_ => None,
		});
		let (set, left) = new_set.expect("the set changed");
		assert_eq!(left, vec![dave.clone()]);
		assert_eq!(set.len(), 3);
	});
}

/// Two headers Alice's BABE key signed for one slot, and the proof that the key was hers in the
/// session.
fn alice_equivocates(
	slot: u64,
) -> (sp_consensus_babe::EquivocationProof<Header>, sp_session::MembershipProof) {
	let alice = Sr25519Keyring::Alice;
	let index = Session::validators().iter().position(|v| *v == account(alice)).unwrap() as u32;
	let header = |root: u8| {
		let pre_digest = PreDigest::SecondaryPlain(SecondaryPlainPreDigest {
			authority_index: index,
			slot: Slot::from(slot),
		});
		let mut header = Header::new(
			System::block_number(),
			sp_core::H256::repeat_byte(root),
			Default::default(),
			System::parent_hash(),
			Digest { logs: vec![DigestItem::PreRuntime(BABE_ENGINE_ID, pre_digest.encode())] },
		);
		let seal = <DigestItem as CompatibleDigestItem>::babe_seal(
			alice.pair().sign(header.hash().as_ref()).into(),
		);
		header.digest_mut().push(seal);
		header
	};
	let proof = sp_consensus_babe::EquivocationProof {
		offender: alice.public().into(),
		slot: Slot::from(slot),
		first_header: header(1),
		second_header: header(2),
	};
	let babe_id: sp_consensus_babe::AuthorityId = alice.public().into();
	let key_owner =
		Historical::prove((sp_consensus_babe::KEY_TYPE, babe_id)).expect("Alice validates");
	(proof, key_owner)
}

#[test]
fn an_equivocation_report_slashes_the_bond_disables_and_ends_the_candidacy() {
	genesis_ext("local_testnet").execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		run_session(5, round_robin(vec![]));
		let slot = *pallet_babe::CurrentSlot::<Runtime>::get();
		let (proof, key_owner) = alice_equivocates(slot);
		let reserve_before = Balances::free_balance(ReserveAccount::get());
		assert_ok!(Babe::report_equivocation_unsigned(
			RuntimeOrigin::none(),
			Box::new(proof.clone()),
			key_owner.clone()
		));
		let slashed = Perbill::from_percent(10) * GENESIS_VALIDATOR_BOND;
		assert!(validator_events().contains(&ValidatorsEvent::Slashed {
			who: alice.clone(),
			amount: slashed,
			session: Session::current_index(),
		}));
		assert_eq!(Balances::free_balance(ReserveAccount::get()), reserve_before + slashed);
		assert!(pallet_validators::Candidates::<Runtime>::get(&alice).is_none());
		let unbond = pallet_validators::Unbonding::<Runtime>::get(&alice).unwrap();
		assert_eq!(unbond.amount, GENESIS_VALIDATOR_BOND - slashed);
		assert_eq!(unbond.unlock_at, Session::current_index() + UNBONDING_SESSIONS);
		// Disabled for the rest of the session.
		let index = Session::validators().iter().position(|v| *v == alice).unwrap() as u32;
		assert!(Session::disabled_validators().contains(&index));
		// The same report again is refused (pallet-offences knows it).
		assert!(Babe::report_equivocation_unsigned(
			RuntimeOrigin::none(),
			Box::new(proof),
			key_owner
		)
		.is_err());
	});
}

#[test]
fn leaving_before_the_report_lands_does_not_escape_the_slash() {
	genesis_ext("local_testnet").execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		run_session(5, round_robin(vec![]));
		let slot = *pallet_babe::CurrentSlot::<Runtime>::get();
		let (proof, key_owner) = alice_equivocates(slot);
		// She leaves at once, and the chain moves on a session before the report arrives.
		assert_ok!(Validators::leave(RuntimeOrigin::signed(alice.clone())));
		assert_noop!(
			Validators::withdraw_unbonded(RuntimeOrigin::signed(alice.clone())),
			pallet_validators::Error::<Runtime>::StillUnbonding
		);
		run_session(5, round_robin(vec![]));
		assert_ok!(Babe::report_equivocation_unsigned(
			RuntimeOrigin::none(),
			Box::new(proof),
			key_owner
		));
		let slashed = Perbill::from_percent(10) * GENESIS_VALIDATOR_BOND;
		assert_eq!(
			pallet_validators::Unbonding::<Runtime>::get(&alice).unwrap().amount,
			GENESIS_VALIDATOR_BOND - slashed
		);
	});
}

#[test]
fn the_reserve_budget_pays_the_validators_by_blocks_authored() {
	genesis_ext("local_testnet").execute_with(|| {
		let pot: AccountId = VALIDATORS_PALLET_ID.into_account_truncating();
		// Governance gives the validators a budget line of 1 440 aUSD a day, and a reserve period
		// of 10 blocks, so that the pot fills within the session (one aUSD a period).
		assert_ok!(Reserve::set_budget_line(
			RuntimeOrigin::root(),
			pot.clone(),
			1_440 * stablecoin::DOLLAR
		));
		assert_ok!(Governance::set_parameter(
			RuntimeOrigin::root(),
			RuntimeParameters::Reserve(reserve::Parameters::Period(reserve::Period, Some(10))),
		));
		// Alice authors half the blocks, Bob, Charlie and Dave a sixth each.
		let [alice, bob, charlie, dave] = [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
		]
		.map(account);
		let rota = [
			alice.clone(),
			bob.clone(),
			alice.clone(),
			charlie.clone(),
			alice.clone(),
			dave.clone(),
		];
		let before = [&alice, &bob, &charlie, &dave].map(usd_of);
		let counts = std::cell::RefCell::new(std::collections::BTreeMap::<AccountId, u32>::new());
		run_session(1, |slot| {
			let who = rota[(slot as usize) % rota.len()].clone();
			*counts.borrow_mut().entry(who.clone()).or_default() += 1;
			who
		});
		let paid = validator_events().into_iter().find_map(|e| match e {
			ValidatorsEvent::Paid { total, validators, .. } => Some((total, validators)),
			_ => None,
		});
		let (total, paid_to) = paid.expect("the pot paid the session's validators");
		assert_eq!(paid_to, 4);
		assert!(total > 0);
		let gained = [&alice, &bob, &charlie, &dave].map(usd_of);
		let alice_gain = gained[0] - before[0];
		let bob_gain = gained[1] - before[1];
		// The rotation block itself is counted in the new session: the last author's share is
		// one block short of the rota. Alice authored about three times Bob's blocks.
		assert!(
			alice_gain > 2 * bob_gain && alice_gain < 4 * bob_gain,
			"{alice_gain} vs {bob_gain}"
		);
		// Every share paid reached its validator.
		let all: Balance =
			gained.iter().zip(before.iter()).map(|(after, before)| after - before).sum();
		assert_eq!(all, total);
	});
}

fn usd_of(who: &AccountId) -> Balance {
	<Assets as fungibles::Inspect<AccountId>>::balance(stablecoin::ASSET_ID, who)
}

#[test]
fn no_author_chooses_the_epoch_randomness_of_its_own_epoch() {
	genesis_ext("local_testnet").execute_with(|| {
		run_session(5, round_robin(vec![]));
		run_session(5, round_robin(vec![]));
		let (first, known_at) = BabeRandomness::epoch_randomness(b"spot-checks");
		// Whoever authors the rest of the epoch, the value used in it does not move.
		let epoch = Session::current_index();
		let mut slot = *pallet_babe::CurrentSlot::<Runtime>::get();
		for who in [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Dave] {
			slot += 1;
			next_block(slot, &account(who));
			assert_eq!(BabeRandomness::epoch_randomness(b"spot-checks"), (first, known_at));
		}
		assert_eq!(Session::current_index(), epoch);
		// Each subject draws its own value.
		assert_ne!(BabeRandomness::epoch_randomness(b"another use").0, first);
		assert!(known_at <= System::block_number());
	});
}

#[test]
fn a_grandpa_equivocation_report_slashes_the_bond_too() {
	genesis_ext("local_testnet").execute_with(|| {
		use atelier_runtime::Grandpa;
		use sp_consensus_grandpa::{localized_payload, Equivocation, EquivocationProof, KEY_TYPE};
		run_session(5, round_robin(vec![]));
		let alice = account(Sr25519Keyring::Alice);
		// Alice's GRANDPA key prevotes for two blocks in one round.
		let pair = sp_core::ed25519::Pair::from_string("//Alice", None).expect("a dev seed");
		let identity: sp_consensus_grandpa::AuthorityId = pair.public().into();
		let set_id = Grandpa::current_set_id();
		let round = 7;
		let vote = |byte: u8| {
			let prevote = finality_grandpa::Prevote {
				target_hash: sp_core::H256::repeat_byte(byte),
				target_number: System::block_number(),
			};
			let payload = localized_payload(
				round,
				set_id,
				&finality_grandpa::Message::Prevote(prevote.clone()),
			);
			(prevote, pair.sign(&payload).into())
		};
		let proof = EquivocationProof::new(
			set_id,
			Equivocation::Prevote(finality_grandpa::Equivocation {
				round_number: round,
				identity: identity.clone(),
				first: vote(1),
				second: vote(2),
			}),
		);
		let key_owner = Historical::prove((KEY_TYPE, identity)).expect("Alice validates");
		assert_ok!(Grandpa::report_equivocation_unsigned(
			RuntimeOrigin::none(),
			Box::new(proof),
			key_owner
		));
		let slashed = Perbill::from_percent(10) * GENESIS_VALIDATOR_BOND;
		assert!(validator_events().contains(&ValidatorsEvent::Slashed {
			who: alice.clone(),
			amount: slashed,
			session: Session::current_index(),
		}));
		assert!(pallet_validators::Candidates::<Runtime>::get(&alice).is_none());
	});
}

/// BABE's and GRANDPA's report calls charge their own formula (the weights Polkadot uses) and
/// what `pallet-validators` does with the offence, as its benchmark measured.
#[test]
fn an_equivocation_reports_weight_covers_the_slash_it_causes() {
	use atelier_runtime::configs::consensus::ReportWeights;
	use pallet_validators::WeightInfo as _;
	let slash = <Runtime as pallet_validators::Config>::WeightInfo::on_offence();
	for validators in [1, 4, 32] {
		let babe = <ReportWeights as pallet_babe::WeightInfo>::report_equivocation(validators, 0);
		let formula = <() as pallet_babe::WeightInfo>::report_equivocation(validators, 0);
		assert_eq!(babe, formula.saturating_add(slash));
		let grandpa =
			<ReportWeights as pallet_grandpa::WeightInfo>::report_equivocation(validators, 0);
		let formula = <() as pallet_grandpa::WeightInfo>::report_equivocation(validators, 0);
		assert_eq!(grandpa, formula.saturating_add(slash));
	}
}
