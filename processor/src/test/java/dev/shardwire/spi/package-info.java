/**
 * Stubs of the runtime's contract with generated code for the processor's rule tests (see {@code
 * dev.shardwire.events}'s stubs): only what the stub events' accessors return.
 */
package dev.shardwire.spi;
