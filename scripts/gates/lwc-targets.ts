// The Metadata API types LightningComponentBundle.targetConfigs as an opaque string, so the elements a
// .js-meta.xml may hold inside it are listed here, from the "XML Configuration File Elements" LWC docs.
export const LWC_TARGETS = new Set([
  'analytics__Dashboard',
  'lightning__AgentforceInput',
  'lightning__AgentforceOutput',
  'lightning__AppPage',
  'lightning__ChatMessage',
  'lightning__Dashboard',
  'lightning__FlowAction',
  'lightning__FlowScreen',
  'lightning__GlobalAction',
  'lightning__HomePage',
  'lightning__Inbox',
  'lightning__RecordAction',
  'lightning__RecordPage',
  'lightning__Tab',
  'lightning__UrlAddressable',
  'lightning__UtilityBar',
  'lightning__VoiceExtension',
  'lightningCommunity__Default',
  'lightningCommunity__Page',
  'lightningCommunity__Page_Layout',
  'lightningCommunity__Theme_Layout',
  'lightningSnapin__ChatHeader',
  'lightningSnapin__ChatMessage',
  'lightningSnapin__Minimized',
  'lightningSnapin__PreChat',
  'lightningStatic__Email'
]);

/** Child elements of <targetConfig>, and the attributes each may carry. */
export const TARGET_CONFIG_CHILDREN: Record<string, Set<string>> = {
  property: new Set([
    'name',
    'type',
    'label',
    'description',
    'default',
    'required',
    'datasource',
    'min',
    'max',
    'placeholder',
    'role',
    'exposedTo',
    'editor'
  ]),
  objects: new Set(),
  supportedFormFactors: new Set(),
  actionType: new Set(),
  configurationEditor: new Set(),
  propertyType: new Set(['name', 'extends', 'label', 'description']),
  event: new Set(['name', 'label', 'description']),
  sourceType: new Set(['name']),
  dataType: new Set(['name'])
};

export const PROPERTY_TYPES = new Set(['Boolean', 'Integer', 'String', 'Color', 'Date', 'DateTime']);
