use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

#[test]
fn integrity_test_accepts_the_mock() {
	ExtBuilder::default().build_and_execute(|| {
		<Reputation as frame_support::traits::Hooks<u64>>::integrity_test();
	});
}
