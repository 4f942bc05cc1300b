// The starter templates, bundled into Code.js by scripts/build.ts (HTML as text, JSON as data).
// Only entry points import this file: logic takes the templates as a parameter, so unit tests
// (which cannot load .html) pass their own. A unit test keeps this list equal to templates.json.
import catalogueJson from '../../templates/catalogue.json';
import manifestJson from '../../templates/templates.json';
import act from '../../templates/docs/act.html';
import appendixTechnicalAssignment from '../../templates/docs/appendix.technical-assignment.html';
import contractDevelopmentWebsite from '../../templates/docs/contract.development.website.html';
import contractFramework from '../../templates/docs/contract.framework.html';
import contractImplementation1c from '../../templates/docs/contract.implementation.1c.html';
import contractImplementationBitrix24 from '../../templates/docs/contract.implementation.bitrix24.html';
import contractLicence1c from '../../templates/docs/contract.licence.1c.html';
import contractLicenceBitrix24 from '../../templates/docs/contract.licence.bitrix24.html';
import contractSupport1c from '../../templates/docs/contract.support.1c.html';
import contractSupportBitrix24 from '../../templates/docs/contract.support.bitrix24.html';
import contractSupportWebsite from '../../templates/docs/contract.support.website.html';
import invoice from '../../templates/docs/invoice.html';
import specFramework from '../../templates/docs/spec.framework.html';
import supplementaryAgreement from '../../templates/docs/supplementary.agreement.html';
import type { StarterTemplates } from './starterTemplates';

export const STARTER_TEMPLATES: StarterTemplates = {
  manifestJson,
  catalogueJson,
  files: {
    'docs/act.html': act,
    'docs/appendix.technical-assignment.html': appendixTechnicalAssignment,
    'docs/contract.development.website.html': contractDevelopmentWebsite,
    'docs/contract.framework.html': contractFramework,
    'docs/contract.implementation.1c.html': contractImplementation1c,
    'docs/contract.implementation.bitrix24.html': contractImplementationBitrix24,
    'docs/contract.licence.1c.html': contractLicence1c,
    'docs/contract.licence.bitrix24.html': contractLicenceBitrix24,
    'docs/contract.support.1c.html': contractSupport1c,
    'docs/contract.support.bitrix24.html': contractSupportBitrix24,
    'docs/contract.support.website.html': contractSupportWebsite,
    'docs/invoice.html': invoice,
    'docs/spec.framework.html': specFramework,
    'docs/supplementary.agreement.html': supplementaryAgreement,
  },
};
