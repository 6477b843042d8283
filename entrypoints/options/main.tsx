import { mountPage } from '../../components/mount-page';
import { OptionsConnector } from '../../components/options/options-connector';
import '../../assets/theme.css';
import '../../assets/options.css';

mountPage(<OptionsConnector />);
