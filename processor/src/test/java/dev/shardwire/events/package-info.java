/**
 * Stubs of the runtime's event types for the processor's rule tests: the few the test sources
 * name, with the annotations and accessors the processor reads, and nothing else. They are
 * compiled with the tests and sit on the class path of every compilation a rule test runs, as the
 * runtime's jar sits on a bot's. The processor never runs on them here, so they have no generated
 * code, which the rule tests never need: a compilation with an error stops before generated code
 * is compiled. Tests whose generated code must compile stay in the runtime module.
 */
package dev.shardwire.events;
