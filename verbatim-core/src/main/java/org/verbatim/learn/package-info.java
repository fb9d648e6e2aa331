/**
 * Learned components at run time: reading shipped models and applying them, without any machine-learning library.
 * The models are trained by {@code ./verbatim train} (module {@code verbatim-train}) and shipped as resources.
 * A low-level package: it depends on nothing of Verbatim's.
 */
package org.verbatim.learn;
