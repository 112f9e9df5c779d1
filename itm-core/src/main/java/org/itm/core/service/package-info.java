/**
 * Service model: business and technical {@link org.itm.core.service.Service services}, configuration items and
 * typed relationships forming a graph ({@link org.itm.core.service.ServiceModel}), with impact analysis
 * ("what is affected if this CI fails"), dependency analysis and neighbourhoods, each explaining itself.
 */
@NullMarked
package org.itm.core.service;

import org.jspecify.annotations.NullMarked;
