package io.github.lpfunctions.emulator;

/**
 * Forgets recorded requests, faults and invocation counts, and restores the functions and
 * users the emulator started with. {@code FunctionsEmulator#reset()} and
 * {@code POST /emulator/reset} both run it, so that the two APIs cannot drift apart.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class EmulatorReset implements Runnable {

	private final FunctionRegistry functions;

	private final RequestJournal requests;

	private final FaultInjector faults;

	private final UserDirectory users;

	/**
	 * Create a new instance.
	 * @param functions the deployed functions
	 * @param requests the recorded requests
	 * @param faults the faults
	 * @param users the users
	 */
	public EmulatorReset(FunctionRegistry functions, RequestJournal requests, FaultInjector faults,
			UserDirectory users) {
		this.functions = functions;
		this.requests = requests;
		this.faults = faults;
		this.users = users;
	}

	@Override
	public void run() {
		this.requests.clear();
		this.faults.clear();
		this.functions.resetToBaseline();
		this.users.resetToBaseline();
	}

}
