package org.sahakum.api;

/**
 * Work a module does once a day at each organisation that has switched it on (a retention rule,
 * reminders), offered through {@link SahakumModule#dailyJobs()}.
 *
 * <p>The core runs each job at most once per organisation and calendar day (the operator's zone)
 * across the whole cluster: before a run, a node claims the day in the database, and a node that
 * finds the day already claimed leaves it. The run gets the organisation's context, writable,
 * inside a transaction of its own that commits when {@link #run} returns and rolls back (with one
 * log line naming the module and job) when it throws; a failed day is not retried until the next.
 * There is no person behind the call: the context's caller has account id 0 and no permission,
 * and audit entries name no actor. A job checks no permission, and keeps each run short (it may
 * leave the rest of its work to the next day).
 */
public interface DailyJob {

  /** Lower-case id, unique within the module, e.g. {@code retention}. */
  String id();

  /** Does the day's work at the context's organisation. */
  void run(ModuleContext context);
}
