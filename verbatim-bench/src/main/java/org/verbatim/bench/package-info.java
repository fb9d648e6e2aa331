/** JMH benchmarks. */
package org.verbatim.bench;
