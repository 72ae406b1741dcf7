//! The pallet's behaviour, as creators, model owners and studios see it.

use crate::{mock::*, *};
use atelier_primitives::models::Payee;
use atelier_primitives::provenance::SettledReceipt;
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, tokens::nonfungibles_v2::Inspect as NftInspect, Hooks},
};
use sp_runtime::{DispatchError, Perbill};

fn collections() -> Collections {
	ProvenanceCollections::<Test>::get().expect("genesis creates the collections")
}

fn register_dataset(owner: AccountId, contributors: Vec<(AccountId, u32)>) -> DatasetId {
	assert_ok!(Provenance::register_dataset(
		RuntimeOrigin::signed(owner),
		hash(1),
		open_license(),
		contributors
	));
	DatasetId(NextDatasetId::<Test>::get() - 1)
}

fn register_model(
	owner: AccountId,
	base: Option<ModelId>,
	datasets: Vec<DatasetId>,
	fine_tuners: Vec<(AccountId, Perbill)>,
	shares: ModelShares,
) -> ModelId {
	assert_ok!(Provenance::register_model(
		RuntimeOrigin::signed(owner),
		base,
		datasets,
		fine_tuners,
		hash(2),
		shares
	));
	ModelId(NextModelId::<Test>::get() - 1)
}

/// The least shares the mock allows: to the datasets if it lists any, to the base model if it
/// is a fine-tune.
fn upstream(datasets: bool, base: bool) -> ModelShares {
	let min = |on| if on { MinUpstreamShare::get() } else { Perbill::zero() };
	ModelShares { datasets: min(datasets), base_model: min(base) }
}

/// A base model of Alice's on one dataset of Bob's, with a 30% datasets share.
fn simple_model() -> ModelId {
	let dataset = register_dataset(BOB, vec![(BOB, 1)]);
	register_model(
		ALICE,
		None,
		vec![dataset],
		vec![],
		ModelShares { datasets: Perbill::from_percent(30), base_model: Perbill::zero() },
	)
}

fn mint(creator: AccountId, model: ModelId, parents: Vec<OutputId>) -> OutputId {
	assert_ok!(Provenance::mint_output(
		RuntimeOrigin::signed(creator),
		model,
		None,
		hash(9),
		vec![hash(10)],
		parents,
		None,
		Perbill::from_percent(10)
	));
	OutputId(NextOutputId::<Test>::get() - 1)
}

#[test]
fn genesis_creates_three_collections_owned_by_the_pallet() {
	ExtBuilder::default().build_and_execute(|| {
		let c = collections();
		assert_eq!((c.datasets, c.models, c.outputs), (0, 1, 2));
		for collection in [c.datasets, c.models, c.outputs] {
			assert_eq!(Nfts::collection_owner(collection), Some(Provenance::account_id()));
		}
	});
}

#[test]
fn register_dataset_mints_a_locked_nft_with_readable_attributes() {
	ExtBuilder::default().build_and_execute(|| {
		let dataset = register_dataset(BOB, vec![(BOB, 3), (CHARLIE, 1)]);
		assert_eq!(dataset, DatasetId(0));
		System::assert_last_event(
			Event::DatasetRegistered { dataset, owner: BOB, content_hash: hash(1) }.into(),
		);
		let c = collections();
		assert_eq!(Nfts::owner(c.datasets, 0), Some(BOB));
		assert_eq!(
			<Nfts as NftInspect<AccountId>>::system_attribute(
				&c.datasets,
				Some(&0),
				b"content_hash"
			),
			Some(hash(1).as_bytes().to_vec())
		);
		assert!(!<Nfts as NftInspect<AccountId>>::can_transfer(&c.datasets, &0));
		assert_eq!(Balances::balance_on_hold(&HoldReason::Record.into(), &BOB), RECORD_DEPOSIT);
	});
}

#[test]
fn register_dataset_fails_without_contributors_or_with_too_many() {
	ExtBuilder::default().build_and_execute(|| {
		let origin = || RuntimeOrigin::signed(BOB);
		assert_noop!(
			Provenance::register_dataset(origin(), hash(1), open_license(), vec![]),
			Error::<Test>::NoContributors
		);
		assert_noop!(
			Provenance::register_dataset(origin(), hash(1), open_license(), vec![(BOB, 0)]),
			Error::<Test>::NoContributors
		);
		assert_noop!(
			Provenance::register_dataset(
				origin(),
				hash(1),
				open_license(),
				(0..5).map(|i| (i, 1)).collect()
			),
			Error::<Test>::TooManyContributors
		);
	});
}

#[test]
fn register_dataset_fails_cleanly_when_the_owner_cannot_pay_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Provenance::register_dataset(
				RuntimeOrigin::signed(POOR),
				hash(1),
				open_license(),
				vec![(POOR, 1)]
			),
			sp_runtime::TokenError::FundsUnavailable
		);
		assert_eq!(NextDatasetId::<Test>::get(), 0);
	});
}

#[test]
fn model_licensees_cover_contributors_by_weight_fine_tuners_and_owner() {
	ExtBuilder::default().build_and_execute(|| {
		let first = register_dataset(BOB, vec![(BOB, 3), (CHARLIE, 1)]);
		let second = register_dataset(DAVE, vec![(DAVE, 1)]);
		let model = register_model(
			ALICE,
			None,
			vec![first, second],
			vec![(EVE, Perbill::from_percent(10))],
			ModelShares { datasets: Perbill::from_percent(40), base_model: Perbill::zero() },
		);
		// 40% to datasets: 20% each; Bob 3/4 and Charlie 1/4 of the first; Dave the second.
		// Eve 10%; Alice the rest, 50%.
		let licensees = Provenance::licensees(&model).into_inner();
		assert_eq!(
			licensees,
			vec![
				(Payee::Owner(model), Perbill::from_percent(50)),
				(Payee::Account(DAVE), Perbill::from_percent(20)),
				(Payee::Account(BOB), Perbill::from_percent(15)),
				(Payee::Account(EVE), Perbill::from_percent(10)),
				(Payee::Account(CHARLIE), Perbill::from_percent(5)),
			]
		);
		System::assert_last_event(
			Event::ModelRegistered { model, owner: ALICE, base_model: None, licensees: 5 }.into(),
		);
	});
}

#[test]
fn a_fine_tune_shares_its_fee_with_the_base_models_lineage() {
	ExtBuilder::default().build_and_execute(|| {
		let base = simple_model(); // Alice 70%, Bob 30%.
		let tune = register_model(
			CHARLIE,
			Some(base),
			vec![],
			vec![],
			ModelShares { datasets: Perbill::zero(), base_model: Perbill::from_percent(50) },
		);
		let licensees = Provenance::licensees(&tune).into_inner();
		assert_eq!(
			licensees,
			vec![
				(Payee::Owner(tune), Perbill::from_percent(50)),
				(Payee::Owner(base), Perbill::from_percent(35)),
				(Payee::Account(BOB), Perbill::from_percent(15)),
			]
		);
		assert_eq!(Models::<Test>::get(tune).map(|m| m.generation), Some(1));
	});
}

#[test]
fn licensees_beyond_the_bound_leave_the_smallest_shares_to_the_reserve() {
	ExtBuilder::default().build_and_execute(|| {
		// 4 datasets of 4 contributors: 16 contributors plus the owner, 8 licensees kept.
		let datasets: Vec<_> = (0..4u64)
			.map(|d| {
				register_dataset(
					ALICE,
					(0..4u64).map(|i| (100 + d * 10 + i, (i + 1) as u32)).collect(),
				)
			})
			.collect();
		let model = register_model(
			ALICE,
			None,
			datasets,
			vec![],
			ModelShares { datasets: Perbill::from_percent(80), base_model: Perbill::zero() },
		);
		let licensees = Provenance::licensees(&model);
		assert_eq!(licensees.len(), 8);
		assert_eq!(licensees[0], (Payee::Owner(model), Perbill::from_percent(20)));
		let total: u64 = licensees.iter().map(|(_, s)| s.deconstruct() as u64).sum();
		assert!(total < 1_000_000_000, "the dropped tail goes to the reserve");
		// The largest contributors (weight 4 and 3 in each dataset) are the ones kept.
		assert!(licensees
			.iter()
			.skip(1)
			.all(|(who, _)| matches!(who, Payee::Account(a) if a % 10 >= 2)));
	});
}

#[test]
fn register_model_fails_with_named_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let dataset = register_dataset(BOB, vec![(BOB, 1)]);
		let origin = || RuntimeOrigin::signed(ALICE);
		let none = ModelShares::default();
		let call = |base, datasets, fine_tuners, shares| {
			Provenance::register_model(origin(), base, datasets, fine_tuners, hash(2), shares)
		};
		assert_noop!(call(None, vec![DatasetId(7)], vec![], none), Error::<Test>::UnknownDataset);
		assert_noop!(call(Some(ModelId(7)), vec![], vec![], none), Error::<Test>::UnknownModel);
		assert_noop!(call(None, vec![], vec![], none), Error::<Test>::NoDatasets);
		assert_noop!(
			call(None, vec![dataset, dataset], vec![], none),
			Error::<Test>::DuplicateDataset
		);
		assert_noop!(call(None, vec![dataset; 5], vec![], none), Error::<Test>::TooManyDatasets);
		assert_noop!(
			call(None, vec![dataset], (0..4).map(|i| (i, Perbill::zero())).collect(), none),
			Error::<Test>::TooManyFineTuners
		);
		assert_noop!(
			call(
				None,
				vec![dataset],
				vec![(EVE, Perbill::from_percent(60))],
				ModelShares { datasets: Perbill::from_percent(50), base_model: Perbill::zero() }
			),
			Error::<Test>::SharesExceedWhole
		);
		assert_noop!(
			call(
				None,
				vec![dataset],
				vec![],
				ModelShares { datasets: Perbill::zero(), base_model: Perbill::from_percent(5) }
			),
			Error::<Test>::BaseShareWithoutBaseModel
		);
		assert_noop!(
			call(
				None,
				vec![dataset],
				vec![],
				ModelShares {
					datasets: Perbill::from_parts(49_999_999),
					base_model: Perbill::zero()
				}
			),
			Error::<Test>::DatasetShareTooLow
		);
		let base = register_model(ALICE, None, vec![dataset], vec![], upstream(true, false));
		assert_noop!(
			call(Some(base), vec![], vec![], ModelShares::default()),
			Error::<Test>::BaseShareTooLow
		);
		assert_noop!(
			call(
				Some(base),
				vec![],
				vec![],
				ModelShares { datasets: Perbill::from_percent(5), base_model: Perbill::zero() }
			),
			Error::<Test>::DatasetShareWithoutDatasets
		);
	});
}

#[test]
fn fine_tunes_stop_at_the_generation_bound() {
	ExtBuilder::default().build_and_execute(|| {
		let mut model = simple_model();
		for _ in 0..3 {
			model = register_model(ALICE, Some(model), vec![], vec![], upstream(false, true));
		}
		assert_noop!(
			Provenance::register_model(
				RuntimeOrigin::signed(ALICE),
				Some(model),
				vec![],
				vec![],
				hash(2),
				ModelShares::default()
			),
			Error::<Test>::TooManyGenerations
		);
	});
}

#[test]
fn a_model_earns_only_when_every_dataset_down_its_lineage_is_cleared() {
	ExtBuilder::default().build_and_execute(|| {
		let base = simple_model();
		let dataset = DatasetId(0);
		let tune = register_model(CHARLIE, Some(base), vec![], vec![], upstream(false, true));
		assert!(Provenance::is_monetizable(&base));
		assert!(Provenance::is_monetizable(&tune));

		// Attestation withdraws clearance of the base model's dataset: both stop earning.
		Unattested::mutate(|u| u.push(dataset));
		assert!(!Provenance::is_monetizable(&base));
		assert!(!Provenance::is_monetizable(&tune));
		Unattested::take();

		// Attestation withdraws clearance of the base model itself (no bond, or challenged):
		// the fine-tune, which names no dataset of its own, stops earning too.
		UnclearedModels::mutate(|u| u.push(base));
		assert!(!Provenance::is_monetizable(&base));
		assert!(!Provenance::is_monetizable(&tune));
		UnclearedModels::take();
		assert!(Provenance::is_monetizable(&tune));

		// A dataset whose licence forbids generative training never clears.
		assert_ok!(Provenance::register_dataset(
			RuntimeOrigin::signed(DAVE),
			hash(3),
			LicenseTerms { generative_training: Permission::NotAllowed, ..open_license() },
			vec![(DAVE, 1)]
		));
		let forbidden = DatasetId(1);
		let tainted =
			register_model(ALICE, Some(tune), vec![forbidden], vec![], upstream(true, true));
		assert!(!Provenance::is_monetizable(&tainted));
		assert!(!Provenance::is_monetizable(&ModelId(99)));

		// A constrained licence clears once attestation confirms the conditions.
		assert_ok!(Provenance::register_dataset(
			RuntimeOrigin::signed(DAVE),
			hash(4),
			LicenseTerms { generative_training: Permission::Constrained, ..open_license() },
			vec![(DAVE, 1)]
		));
		let constrained =
			register_model(ALICE, None, vec![DatasetId(2)], vec![], upstream(true, false));
		assert!(Provenance::is_monetizable(&constrained));
		Unattested::mutate(|u| u.push(DatasetId(2)));
		assert!(!Provenance::is_monetizable(&constrained));
	});
}

#[test]
fn mint_output_records_lineage_and_registers_a_royalty_policy() {
	ExtBuilder::default().build_and_execute(|| {
		let model = simple_model();
		let first = mint(CHARLIE, model, vec![]);
		let second = mint(DAVE, model, vec![]);
		let remix = mint(EVE, model, vec![first, second]);
		System::assert_last_event(
			Event::OutputMinted { output: remix, creator: EVE, model, job: None, parents: 2 }
				.into(),
		);
		let record = Outputs::<Test>::get(remix).unwrap();
		assert_eq!(record.parents.into_inner(), vec![first, second]);
		assert_eq!(record.prompts.into_inner(), vec![hash(10)]);
		assert_eq!(Nfts::owner(collections().outputs, remix.0), Some(EVE));
		assert_eq!(
			Policies::get().last().cloned(),
			Some((remix, EVE, model, vec![first, second], Perbill::from_percent(10)))
		);
	});
}

#[test]
fn mint_output_fails_with_named_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let model = simple_model();
		let parent = mint(CHARLIE, model, vec![]);
		let call = |model, prompts: Vec<_>, parents: Vec<_>, share| {
			Provenance::mint_output(
				RuntimeOrigin::signed(EVE),
				model,
				None,
				hash(9),
				prompts,
				parents,
				None,
				share,
			)
		};
		let share = Perbill::from_percent(10);
		assert_noop!(call(ModelId(9), vec![], vec![], share), Error::<Test>::UnknownModel);
		assert_noop!(call(model, vec![], vec![OutputId(9)], share), Error::<Test>::UnknownParent);
		assert_noop!(
			call(model, vec![], vec![parent, parent], share),
			Error::<Test>::DuplicateParent
		);
		assert_noop!(
			call(model, vec![], (0..4).map(OutputId).collect(), share),
			Error::<Test>::TooManyParents
		);
		assert_noop!(call(model, vec![hash(1); 5], vec![], share), Error::<Test>::TooManyPrompts);
		assert_noop!(
			call(model, vec![], vec![], Perbill::from_percent(45)),
			DispatchError::Other("royalty stack above the cap")
		);
	});
}

#[test]
fn an_output_from_a_job_needs_the_requesters_settled_receipt_once() {
	ExtBuilder::default().build_and_execute(|| {
		let model = simple_model();
		// The receipt carries the commitment to the output's hash; minting opens it.
		let committed = atelier_primitives::compute::output_commitment(JobId(7), &hash(9));
		Receipts::mutate(|r| {
			r.push((JobId(7), SettledReceipt { requester: EVE, model, output_hash: committed }))
		});
		let call = |who, job, content| {
			Provenance::mint_output(
				RuntimeOrigin::signed(who),
				model,
				Some(job),
				content,
				vec![],
				vec![],
				None,
				Perbill::zero(),
			)
		};
		assert_noop!(call(EVE, JobId(8), hash(9)), Error::<Test>::UnknownReceipt);
		assert_noop!(call(DAVE, JobId(7), hash(9)), Error::<Test>::NotRequester);
		assert_noop!(call(EVE, JobId(7), hash(8)), Error::<Test>::ReceiptMismatch);
		// The commitment itself is not the output's hash.
		assert_noop!(call(EVE, JobId(7), committed), Error::<Test>::ReceiptMismatch);
		assert_ok!(call(EVE, JobId(7), hash(9)));
		assert_eq!(JobOutputs::<Test>::get(JobId(7)), Some(OutputId(0)));
		assert_noop!(call(EVE, JobId(7), hash(9)), Error::<Test>::ReceiptAlreadyUsed);
	});
}

#[test]
fn lineage_walks_the_dag_once_per_ancestor_within_its_bounds() {
	ExtBuilder::default().build_and_execute(|| {
		let model = simple_model(); // model 0 on dataset 0
		let a = mint(CHARLIE, model, vec![]);
		let b = mint(DAVE, model, vec![a]);
		let c = mint(EVE, model, vec![a, b]);

		let lineage = Provenance::lineage(ProvenanceItem::Output(c), 10).unwrap();
		let items: Vec<_> = lineage.ancestors.iter().map(|n| (n.item, n.depth)).collect();
		assert_eq!(
			items,
			vec![
				(ProvenanceItem::Model(model), 1),
				(ProvenanceItem::Output(a), 1),
				(ProvenanceItem::Output(b), 1),
				(ProvenanceItem::Dataset(DatasetId(0)), 2),
			]
		);
		assert!(!lineage.truncated);
		assert_eq!(lineage.ancestors[1].owner, CHARLIE);

		let shallow = Provenance::lineage(ProvenanceItem::Output(c), 1).unwrap();
		assert_eq!(shallow.ancestors.len(), 3);
		assert!(shallow.truncated);
		assert_eq!(Provenance::lineage(ProvenanceItem::Output(OutputId(99)), 3), None);
	});
}

#[test]
fn lineage_stops_at_the_depth_bound() {
	ExtBuilder::default().build_and_execute(|| {
		let model = simple_model();
		let mut last = vec![];
		for _ in 0..20 {
			let output = mint(CHARLIE, model, last.clone());
			last = vec![output];
		}
		let lineage = Provenance::lineage(ProvenanceItem::Output(last[0]), 100).unwrap();
		// Depths 1 and 2 hold an output and the model or its dataset; depths 3 to 6 an output.
		assert_eq!(lineage.ancestors.len(), 8);
		assert_eq!(lineage.ancestors.iter().map(|n| n.depth).max(), Some(6));
		assert!(lineage.truncated);
	});
}

#[test]
fn lineage_stops_at_the_node_bound() {
	ExtBuilder::default().build_and_execute(|| {
		let model = simple_model();
		let leaves: Vec<_> = (0..15).map(|_| mint(CHARLIE, model, vec![])).collect();
		let middle: Vec<_> = leaves.chunks(3).map(|c| mint(DAVE, model, c.to_vec())).collect();
		let upper =
			vec![mint(EVE, model, middle[..3].to_vec()), mint(EVE, model, middle[3..].to_vec())];
		let top = mint(ALICE, model, upper);
		// 2 + 5 + 15 outputs, the model and its dataset: 24 ancestors, 16 returned.
		let lineage = Provenance::lineage(ProvenanceItem::Output(top), 100).unwrap();
		assert_eq!(lineage.ancestors.len(), 16);
		assert!(lineage.truncated);
	});
}

#[test]
fn no_nfts_path_moves_or_burns_a_provenance_item() {
	ExtBuilder::default().build_and_execute(|| {
		let model = simple_model();
		let output = mint(CHARLIE, model, vec![]);
		let outputs = collections().outputs;
		let owner = RuntimeOrigin::signed(CHARLIE);
		let locked = || pallet_nfts::Error::<Test>::ItemLocked;
		assert_noop!(Nfts::transfer(owner.clone(), outputs, output.0, DAVE), locked());
		assert_noop!(Nfts::burn(owner.clone(), outputs, output.0), locked());
		// nfts' own market and swaps accept the offer but can never complete it.
		assert_ok!(Nfts::set_price(owner.clone(), outputs, output.0, Some(1), None));
		assert_noop!(Nfts::buy_item(RuntimeOrigin::signed(DAVE), outputs, output.0, 10), locked());
		let theirs = mint(DAVE, model, vec![]);
		assert_ok!(Nfts::create_swap(
			owner.clone(),
			outputs,
			output.0,
			outputs,
			Some(theirs.0),
			None,
			10
		));
		assert_noop!(
			Nfts::claim_swap(
				RuntimeOrigin::signed(DAVE),
				outputs,
				theirs.0,
				outputs,
				output.0,
				None
			),
			locked()
		);
		assert_noop!(
			Nfts::unlock_item_transfer(owner.clone(), outputs, output.0),
			pallet_nfts::Error::<Test>::NoPermission
		);
		assert_noop!(
			Nfts::transfer(RuntimeOrigin::signed(ALICE), collections().models, model.0, DAVE),
			locked()
		);
		assert_noop!(
			Nfts::mint(RuntimeOrigin::signed(CHARLIE), outputs, 99, CHARLIE, None),
			pallet_nfts::Error::<Test>::NoPermission
		);

		// The royalties pallet's path moves it, and locks it again.
		assert_ok!(<Provenance as OutputRegistry<AccountId>>::transfer(&output, &DAVE));
		assert_eq!(<Provenance as OutputRegistry<AccountId>>::owner(&output), Some(DAVE));
		assert_noop!(Nfts::transfer(RuntimeOrigin::signed(DAVE), outputs, output.0, EVE), locked());
	});
}

#[test]
fn constants_pass_the_integrity_test() {
	ExtBuilder::default().build_and_execute(|| {
		<Provenance as Hooks<u64>>::integrity_test();
	});
}

// Attacks: each test plays the attacker and asserts the attack fails.

/// A model that lists datasets but gives them nothing, or a fine-tune that gives its base model
/// nothing, would let its owner keep every fee its upstream earned for it.
#[test]
fn a_model_cannot_cut_its_datasets_or_base_model_out_of_its_fee() {
	ExtBuilder::default().build_and_execute(|| {
		let dataset = register_dataset(BOB, vec![(BOB, 1)]);
		let zero = ModelShares::default();
		let register = |base, datasets: Vec<DatasetId>, shares| {
			Provenance::register_model(
				RuntimeOrigin::signed(ALICE),
				base,
				datasets,
				vec![],
				hash(2),
				shares,
			)
		};
		assert_noop!(register(None, vec![dataset], zero), Error::<Test>::DatasetShareTooLow);
		let base = register_model(ALICE, None, vec![dataset], vec![], upstream(true, false));
		assert_noop!(register(Some(base), vec![], zero), Error::<Test>::BaseShareTooLow);
		assert_noop!(
			register(Some(base), vec![dataset], upstream(false, true)),
			Error::<Test>::DatasetShareTooLow
		);
		// At the minimums, Bob (the dataset) and the base model's licensees are paid.
		let tune = register_model(CHARLIE, Some(base), vec![], vec![], upstream(false, true));
		let licensees = Provenance::licensees(&tune);
		assert!(licensees
			.iter()
			.any(|(who, share)| *who == Payee::Account(BOB) && !share.is_zero()));
		assert!(licensees
			.iter()
			.any(|(who, share)| *who == Payee::Owner(base) && !share.is_zero()));
	});
}

/// A genesis that cannot create the provenance collections must not build: a chain started from
/// it would run with every mint failing.
#[test]
#[should_panic(expected = "the provenance collections could not be created at genesis")]
fn a_genesis_without_the_collection_deposits_does_not_build() {
	let _ = ExtBuilder::default().without_pallet_endowment().build();
}

// Every error, triggered at least once.

#[test]
fn registering_without_collections_fails_and_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		ProvenanceCollections::<Test>::kill();
		assert_noop!(
			Provenance::register_dataset(
				RuntimeOrigin::signed(ALICE),
				hash(1),
				open_license(),
				vec![(ALICE, 1)]
			),
			Error::<Test>::NoCollections
		);
	});
}

#[test]
fn the_last_id_is_never_handed_out_twice() {
	ExtBuilder::default().build_and_execute(|| {
		NextDatasetId::<Test>::put(u32::MAX);
		assert_noop!(
			Provenance::register_dataset(
				RuntimeOrigin::signed(ALICE),
				hash(1),
				open_license(),
				vec![(ALICE, 1)]
			),
			Error::<Test>::IdsExhausted
		);
	});
}

#[test]
fn moving_an_unknown_output_fails() {
	use atelier_primitives::provenance::OutputRegistry;
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			<Provenance as OutputRegistry<AccountId>>::transfer(&OutputId(99), &BOB),
			Error::<Test>::UnknownOutput
		);
	});
}

// Each invariant can fail: corrupt the storage it guards and `do_try_state` reports it.

/// A model on a dataset and an output of it, then `corrupt`, and `message` expected.
fn invariant_catches(corrupt: impl FnOnce(ModelId, OutputId), message: &'static str) {
	ExtBuilder::default().build().execute_with(|| {
		let model = simple_model();
		let output = mint(CHARLIE, model, vec![]);
		assert_ok!(Provenance::do_try_state());
		corrupt(model, output);
		assert_eq!(Provenance::do_try_state(), Err(DispatchError::Other(message)));
	});
}

#[test]
fn try_state_catches_a_record_whose_nft_moved() {
	invariant_catches(
		|_, _| Datasets::<Test>::mutate(DatasetId(0), |d| d.as_mut().unwrap().owner = EVE),
		"a dataset's NFT is missing or moved",
	);
}

#[test]
fn try_state_catches_a_cycle_in_the_lineage() {
	invariant_catches(
		|_, output| {
			Outputs::<Test>::mutate(output, |o| {
				o.as_mut().unwrap().parents = frame_support::BoundedVec::truncate_from(vec![output])
			})
		},
		"an output's parent is not older than it",
	);
}

#[test]
fn try_state_catches_licensees_sharing_more_than_the_whole() {
	invariant_catches(
		|model, _| {
			Models::<Test>::mutate(model, |m| {
				m.as_mut().unwrap().licensees = frame_support::BoundedVec::truncate_from(vec![
					(Payee::Account(ALICE), Perbill::from_percent(60)),
					(Payee::Account(BOB), Perbill::from_percent(60)),
				])
			})
		},
		"a model's licensees share more than 100%",
	);
}

#[test]
fn try_state_catches_a_deposit_that_is_not_held() {
	invariant_catches(
		|_, output| Outputs::<Test>::mutate(output, |o| o.as_mut().unwrap().deposit += 1),
		"record deposits differ from what is held",
	);
}

mod styles {
	//! The style registry and a model's style tags.

	use super::*;
	use atelier_primitives::models::{ModelStyleList, ModelStyles};

	fn name(s: &str) -> StyleName<Test> {
		StyleName::<Test>::truncate_from(s.as_bytes().to_vec())
	}

	fn tags(styles: &[u16]) -> ModelStyleList {
		ModelStyleList::truncate_from(styles.to_vec())
	}

	#[test]
	fn governance_adds_named_styles_up_to_the_bound() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				Provenance::add_style(RuntimeOrigin::signed(ALICE), name("ukiyo-e")),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Provenance::add_style(RuntimeOrigin::root(), name("")),
				Error::<Test>::EmptyStyleName
			);
			for s in ["ukiyo-e", "brutalist", "vaporwave", "bauhaus"] {
				assert_ok!(Provenance::add_style(RuntimeOrigin::root(), name(s)));
			}
			assert_noop!(
				Provenance::add_style(RuntimeOrigin::root(), name("ukiyo-e")),
				Error::<Test>::DuplicateStyleName
			);
			// A flood of styles stops at `MaxStyles` (four here).
			assert_noop!(
				Provenance::add_style(RuntimeOrigin::root(), name("art-deco")),
				Error::<Test>::TooManyStyles
			);
			assert_eq!(
				<Provenance as ModelStyles>::registry(),
				vec![
					(0, b"ukiyo-e".to_vec()),
					(1, b"brutalist".to_vec()),
					(2, b"vaporwave".to_vec()),
					(3, b"bauhaus".to_vec())
				]
			);
		});
	}

	#[test]
	fn a_models_owner_tags_it_once_with_registered_distinct_styles() {
		ExtBuilder::default().build_and_execute(|| {
			for s in ["ukiyo-e", "brutalist", "vaporwave"] {
				assert_ok!(Provenance::add_style(RuntimeOrigin::root(), name(s)));
			}
			let model = simple_model();
			let set = |who, styles: &[u16]| {
				Provenance::set_model_styles(RuntimeOrigin::signed(who), model, tags(styles))
			};
			assert_noop!(
				Provenance::set_model_styles(RuntimeOrigin::signed(ALICE), ModelId(99), tags(&[0])),
				Error::<Test>::UnknownModel
			);
			assert_noop!(set(BOB, &[0]), Error::<Test>::NotModelOwner);
			assert_noop!(set(ALICE, &[]), Error::<Test>::NoStyles);
			assert_noop!(set(ALICE, &[0, 7]), Error::<Test>::UnknownStyle);
			assert_noop!(set(ALICE, &[1, 0, 1]), Error::<Test>::DuplicateStyle);
			assert_eq!(<Provenance as ModelStyles>::styles(&model), tags(&[]));
			assert_ok!(set(ALICE, &[2, 0]));
			assert_eq!(<Provenance as ModelStyles>::styles(&model), tags(&[2, 0]));
			// Never again: an owner cannot follow the style the metrics favour.
			assert_noop!(set(ALICE, &[1]), Error::<Test>::StylesAlreadySet);
		});
	}

	#[test]
	fn try_state_catches_a_tag_of_no_style() {
		ExtBuilder::default().build_and_execute(|| {
			let model = simple_model();
			ModelStyleTags::<Test>::insert(model, tags(&[3]));
			assert!(Provenance::do_try_state().is_err());
			ModelStyleTags::<Test>::remove(model);
		});
	}
}

/// Version 0 kept licensees by account; the migration computes them again by model, base
/// models first, and a fine-tune's base part follows its base's owner part.
#[test]
fn the_migration_to_v1_names_owner_parts_by_model() {
	use crate::migrations::v1::{MigrateToV1, ModelV0};
	use codec::Encode;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	ExtBuilder::default().build_and_execute(|| {
		let base = simple_model(); // Alice 70%, Bob 30%.
		let tune = register_model(
			CHARLIE,
			Some(base),
			vec![],
			vec![],
			ModelShares { datasets: Perbill::zero(), base_model: Perbill::from_percent(50) },
		);
		let expected = [base, tune].map(|m| Provenance::licensees(&m));
		// Write both back as version 0 stored them.
		for (id, accounts) in [
			(base, vec![(ALICE, Perbill::from_percent(70)), (BOB, Perbill::from_percent(30))]),
			(
				tune,
				vec![
					(CHARLIE, Perbill::from_percent(50)),
					(ALICE, Perbill::from_percent(35)),
					(BOB, Perbill::from_percent(15)),
				],
			),
		] {
			let m = Models::<Test>::get(id).unwrap();
			let old = ModelV0::<_, _, _, _, <Test as Config>::MaxLicensees> {
				owner: m.owner,
				base_model: m.base_model,
				generation: m.generation,
				datasets: m.datasets,
				fine_tuners: m.fine_tuners,
				version_hash: m.version_hash,
				shares: m.shares,
				licensees: frame_support::BoundedVec::truncate_from(accounts),
				deposit: m.deposit,
			};
			frame_support::storage::unhashed::put_raw(
				&Models::<Test>::hashed_key_for(id),
				&old.encode(),
			);
		}
		StorageVersion::new(0).put::<Provenance>();
		MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Provenance::on_chain_storage_version(), StorageVersion::new(1));
		assert_eq!([base, tune].map(|m| Provenance::licensees(&m)), expected);
		assert_eq!(expected[1][1], (Payee::Owner(base), Perbill::from_percent(35)));
	});
}
