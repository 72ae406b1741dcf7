//! The compute market on the real runtime.

use crate::common::*;

/// The compute market on the real runtime: a model NFT, a worker, a job, and its receipt as a
/// bare extrinsic through `Executive` (so the unsigned-transaction validation runs too).
#[test]
fn compute_job_settles_through_an_unsigned_receipt_and_pays_every_share() {
	use atelier_runtime::{configs::monetary::ReserveAccount, ComputeMarket};
	use frame_support::traits::{fungible::Inspect, Hooks};
	use pallet_compute_market::{
		receipt_signing_payload, HardwareClass, JobId, JobStatus, ModelId, Receipt,
	};
	use sp_core::{Pair, H256};

	dev_ext().execute_with(|| {
		// Charlie registers a dataset and a model on it (model 0): he is its sole licensee.
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		assert_eq!(model, ModelId(0));
		let key = sp_core::sr25519::Pair::from_string("//Ferdie//atel", None).unwrap();
		apply_ok(
			Sr25519Keyring::Ferdie,
			RuntimeCall::ComputeMarket(pallet_compute_market::Call::register_worker {
				stake: 1_000 * UNIT,
				capacity: 10_000,
				class: HardwareClass::Cpu,
				signing_key: key.public().into(),
				key_proof: key
					.sign(&pallet_compute_market::key_ownership_payload(
						&System::block_hash(0),
						&account(Sr25519Keyring::Ferdie),
					))
					.into(),
			}),
		);
		let fee_per_unit = atelier_primitives::currency::MICRO_UNIT;
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::ComputeMarket(pallet_compute_market::Call::submit_job {
				model,
				class: HardwareClass::Cpu,
				max_units: 1_000,
				max_base_fee_per_unit: 10 * fee_per_unit,
				tip_per_unit: 2 * fee_per_unit,
				input_commitment: H256::repeat_byte(3),
				deadline: 50,
			}),
		);

		System::set_block_number(2);
		ComputeMarket::on_initialize(2);
		let job = pallet_compute_market::Jobs::<Runtime>::get(JobId(0)).unwrap();
		assert!(matches!(job.status, JobStatus::Assigned { .. }));

		let bob = Balances::total_balance(&account(Sr25519Keyring::Bob));
		let charlie = free(Sr25519Keyring::Charlie);
		let ferdie = free(Sr25519Keyring::Ferdie);
		let reserve = Balances::free_balance(ReserveAccount::get());
		let issuance = Balances::total_issuance();

		let receipt = Receipt { job: JobId(0), output_hash: H256::repeat_byte(4), units_used: 600 };
		let signature = key.sign(&receipt_signing_payload(&System::block_hash(0), &receipt));
		let xt = UncheckedExtrinsic::new_bare(RuntimeCall::ComputeMarket(
			pallet_compute_market::Call::submit_receipt { receipt, signature: signature.into() },
		));
		assert_eq!(Executive::apply_extrinsic(xt.clone()), Ok(Ok(())));

		let base = 600 * fee_per_unit;
		let tip = 600 * 2 * fee_per_unit;
		assert_eq!(Balances::total_balance(&account(Sr25519Keyring::Bob)), bob - base - tip);
		assert_eq!(free(Sr25519Keyring::Ferdie), ferdie + base * 70 / 100 + tip);
		assert_eq!(free(Sr25519Keyring::Charlie), charlie + base * 15 / 100);
		assert_eq!(Balances::free_balance(ReserveAccount::get()), reserve + base * 10 / 100);
		assert_eq!(Balances::total_issuance(), issuance - base * 5 / 100);

		// The same receipt again is not a valid transaction.
		assert_eq!(
			Executive::apply_extrinsic(xt),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(4)))
		);

		// Bob, who requested the job, mints its output as a provenance NFT, citing the receipt.
		let mint = |who, content| {
			apply(
				who,
				RuntimeCall::Provenance(pallet_provenance::Call::mint_output {
					model,
					job: Some(JobId(0)),
					content_hash: content,
					prompts: vec![H256::repeat_byte(3)],
					parents: vec![],
					content_credential: None,
					creator_share: Perbill::from_percent(10),
				}),
			)
		};
		assert_eq!(
			mint(Sr25519Keyring::Dave, H256::repeat_byte(4)),
			Ok(Err(pallet_provenance::Error::<Runtime>::NotRequester.into()))
		);
		assert_eq!(
			mint(Sr25519Keyring::Bob, H256::repeat_byte(5)),
			Ok(Err(pallet_provenance::Error::<Runtime>::ReceiptMismatch.into()))
		);
		assert_eq!(mint(Sr25519Keyring::Bob, H256::repeat_byte(4)), Ok(Ok(())));
		let output = pallet_provenance::Outputs::<Runtime>::get(pallet_provenance::OutputId(0))
			.expect("the output is minted");
		assert_eq!(output.job, Some(JobId(0)));
		assert_eq!(output.creator, account(Sr25519Keyring::Bob));
	});
}
