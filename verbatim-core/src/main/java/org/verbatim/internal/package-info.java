/** Small helpers shared by the packages of the core; not an API. */
package org.verbatim.internal;
