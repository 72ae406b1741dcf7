//! Signed transactions: fees, signatures, nonces and named errors.

use crate::common::*;

#[test]
fn signed_transfer_moves_funds_and_burns_the_fee() {
	dev_ext().execute_with(|| {
		let (alice_before, bob_before) = (free(Sr25519Keyring::Alice), free(Sr25519Keyring::Bob));
		let issuance_before = Balances::total_issuance();
		let amount = 12 * UNIT;

		apply_ok(
			Sr25519Keyring::Alice,
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: account(Sr25519Keyring::Bob).into(),
				value: amount,
			}),
		);

		let fee = fee_paid_by(&account(Sr25519Keyring::Alice));
		assert!(fee > 0, "a signed transfer pays a fee");
		assert_eq!(free(Sr25519Keyring::Bob), bob_before + amount);
		assert_eq!(free(Sr25519Keyring::Alice), alice_before - amount - fee);
		// Fees are burnt until the reserve pallet takes them.
		assert_eq!(Balances::total_issuance(), issuance_before - fee);
		assert_eq!(System::account_nonce(account(Sr25519Keyring::Alice)), 1);
	});
}

#[test]
fn fee_matches_the_payment_api_quote() {
	dev_ext().execute_with(|| {
		let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: account(Sr25519Keyring::Bob).into(),
			value: UNIT,
		});
		let xt = signed(Sr25519Keyring::Alice, call);
		let quoted = pallet_transaction_payment::Pallet::<Runtime>::query_info(
			xt.clone(),
			xt.encoded_size() as u32,
		)
		.partial_fee;

		assert_eq!(Executive::apply_extrinsic(xt), Ok(Ok(())));
		// Transfers declare their exact weight, so no weight is refunded: the quote is the fee.
		assert_eq!(fee_paid_by(&account(Sr25519Keyring::Alice)), quoted);
		assert!(quoted < EXISTENTIAL_DEPOSIT, "a transfer costs less than the ED: {quoted}");
	});
}

#[test]
fn transaction_with_bad_signature_is_rejected_and_changes_nothing() {
	dev_ext().execute_with(|| {
		let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: account(Sr25519Keyring::Bob).into(),
			value: UNIT,
		});
		// Signed by Bob's key but claiming to come from Alice.
		let extension = tx_extension(0, 0);
		let payload = SignedPayload::new(call.clone(), extension.clone()).expect("valid");
		let signature = payload.using_encoded(|bytes| Sr25519Keyring::Bob.sign(bytes));
		let forged = UncheckedExtrinsic::new_signed(
			call,
			account(Sr25519Keyring::Alice).into(),
			MultiSignature::Sr25519(signature),
			extension,
		);
		let alice_before = free(Sr25519Keyring::Alice);

		assert_eq!(
			Executive::apply_extrinsic(forged),
			Err(TransactionValidityError::Invalid(InvalidTransaction::BadProof))
		);
		assert_eq!(free(Sr25519Keyring::Alice), alice_before);
		assert_eq!(System::account_nonce(account(Sr25519Keyring::Alice)), 0);
	});
}

#[test]
fn transaction_from_an_account_that_cannot_pay_is_rejected() {
	dev_ext().execute_with(|| {
		// `//One` is a dev key that genesis does not endow.
		let result = apply(
			Sr25519Keyring::One,
			RuntimeCall::System(frame_system::Call::remark { remark: vec![1, 2, 3] }),
		);
		assert_eq!(result, Err(TransactionValidityError::Invalid(InvalidTransaction::Payment)));
	});
}

#[test]
fn transfer_beyond_the_balance_fails_with_a_named_error_but_pays_its_fee() {
	dev_ext().execute_with(|| {
		let bob_before = free(Sr25519Keyring::Bob);
		let result = apply(
			Sr25519Keyring::Alice,
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: account(Sr25519Keyring::Bob).into(),
				value: free(Sr25519Keyring::Alice) * 2,
			}),
		);
		assert_eq!(result, Ok(Err(DispatchError::Token(TokenError::FundsUnavailable))));
		assert_eq!(free(Sr25519Keyring::Bob), bob_before);
		assert!(fee_paid_by(&account(Sr25519Keyring::Alice)) > 0);
	});
}
