/**
 * Stubs of the runtime's model types for the processor's rule tests (see {@code
 * dev.shardwire.events}'s stubs): the types the processor knows by name, and {@code User}.
 */
package dev.shardwire.models;
